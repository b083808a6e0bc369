using System.CommandLine;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary>
/// <c>asterbot sim</c>: runs the Aster simulator on 127.0.0.1 until Ctrl-C and prints where it listens and the
/// credentials of its accounts (simulator-only keys, shown on purpose so a newcomer can connect).
/// </summary>
public static class SimCommands
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 = any free port).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated market (same seed and inputs give the same fills).", DefaultValueFactory = _ => 1 };
        var symbols = new Option<string?>("--symbols") { Description = "Comma-separated symbols to list, e.g. BTCUSDT,ETHUSDT (default: all captured ones)." };
        var accounts = new Option<string[]>("--account")
        {
            Description = "Seed an account: wallet=0x…,signer=0x…,USDT=10000 (V3) or apiKey=KEY,apiSecret=SECRET,USDT=10000 (V1); "
                          + "spot:ASSET=n credits spot. Repeatable. Without it a demo account is created.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("sim", "Run the Aster simulator (REST + WebSocket) locally.") { port, seed, symbols, accounts };
        command.SetAction(async (parse, ct) =>
        {
            SimLaunch launch;
            try
            {
                launch = SimLaunch.Prepare(parse.GetValue(port), parse.GetValue(seed), parse.GetValue(symbols), parse.GetValue(accounts) ?? []);
            }
            catch (FormatException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return 2;
            }

            await using var server = await SimulatorServer.StartAsync(launch.Options, ct);
            Print(server, launch);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("Stopping the simulator…");
            }
            return 0;
        });
        return command;
    }

    private static void Print(SimulatorServer server, SimLaunch launch)
    {
        var endpoints = new Table().AddColumns("What", "URL");
        endpoints.AddRow("REST (futures /fapi, spot /api)", server.RestBaseUri.ToString());
        endpoints.AddRow("Futures WebSocket", server.WsBaseUri.ToString());
        endpoints.AddRow("Spot WebSocket", server.SpotWsBaseUri.ToString());
        endpoints.AddRow("Admin", new Uri(server.RestBaseUri, "sim/state").ToString());
        AnsiConsole.Write(endpoints);

        // Credentials as plain lines, never wrapped, so a key can be copied in one piece.
        AnsiConsole.MarkupLine("[bold]Accounts[/] (simulator credentials; never use them on Aster):");
        foreach (var (account, credential, value) in launch.CredentialRows(server.State))
            Console.WriteLine($"  {account,-4} {credential,-22} {value}");
        Console.WriteLine($"Try it: asterbot aster call GET /fapi/v1/ticker/price symbol=BTCUSDT --base-url {server.RestBaseUri}");
        AnsiConsole.MarkupLine("Press Ctrl-C to stop.");
    }
}
