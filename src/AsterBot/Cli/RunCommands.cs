using System.CommandLine;
using AsterBot.Run;
using AsterBot.Slots;
using AsterBot.Storage;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary>
/// <c>asterbot run</c>, the product's main job: without configuration the embedded demo (simulator in-process, demo
/// paper account, two demo pairs); with appsettings.json / ASTERBOT__ variables the configured slots on paper or live.
/// A live terminal view (or plain event lines when stdout is not a terminal) until Ctrl-C or SIGTERM stops it cleanly.
/// </summary>
public static class RunCommands
{
    private const string Schema = """
        Without configuration: the embedded demo — the Aster simulator on 127.0.0.1 (random port, random-walk prices),
        a paper account with 10000 USDT, BTCUSDT on ema-cross (fast 3, slow 8, 1m) and ETHUSDT on signal (fed long at the
        first candle close, then flipped every 2 candles). Orders and fills show within about a minute.

        Configuration: appsettings.json in the data folder or the working directory, then environment variables
        ASTERBOT__<Key> (":" becomes "__", e.g. ASTERBOT__Mode=live, ASTERBOT__Slots__0__Pairs__0__Symbol=ETHUSDT):
          Mode                      paper (default: simulator engine in-process; prices per Paper:Prices)
                                    | live (real orders with the stored slots' keys)
          Paper:Balance             USDT per paper slot (default 10000)
          Paper:Prices              simulated (default: random walk) | live (follow a real market's prices and candles)
                                    | replay (play recorded klines CSV files; the run ends with the data)
          Paper:Network             live prices from mainnet (default) | testnet
          Paper:BaseUrl             live prices from this base URL instead (e.g. a local simulator)
          Paper:PollSeconds         seconds between price polls, above 0 and at most 60 (default 2)
          Paper:Replay:<SYMBOL>     replay: the klines CSV of a symbol (one per traded symbol), e.g. btc-1m.csv
          Paper:ReplaySpeed         replay: replayed seconds per real second, 1 to 100000 (default 60: a 1m candle a second)
          Paper:ReplayFrom          replay: first candle, ISO date/time (UTC) or epoch ms (default: the files' common start)
          Slots[]:Label             live: a slot stored with `asterbot slots add` (connection-tested at start);
                                    paper: any name
          Slots[]:ProcessingDelaySeconds   paper only (live uses the stored slot's delay); default 1
          Slots[]:Risk:MaxPositionNotional  largest position (USDT) an opening order may reach (default: no limit)
          Slots[]:Risk:MaxDailyLoss         no new exposure once the UTC day's realized PnL − fees is this far below 0
          Slots[]:Risk:MaxConsecutiveLosses after this many losing closes in a row, no new exposure for the cooldown
          Slots[]:Risk:CooldownMinutes      that cooldown, 0 to 43200 (default 60)
          Slots[]:Pairs[]:Key       short id, letters/digits, unique (prefixes the pair's order ids); default symbol+index
          Slots[]:Pairs[]:Symbol    e.g. BTCUSDT (required)
          Slots[]:Pairs[]:Market    futures (default) | spot
          Slots[]:Pairs[]:Interval  1m (default), 5m, 15m, 1h, 4h, 1d …
          Slots[]:Pairs[]:Strategy  ema-cross | signal | … (required; unknown names list the valid ones)
          Slots[]:Pairs[]:Tier      low | high (strategies with risk tiers)
          Slots[]:Pairs[]:Params    { "fast": "12", "slow": "26", … } strategy parameters
          Slots[]:Pairs[]:Enabled   true (default) | false
          Slots[]:Pairs[]:MarginType        futures: crossed (default) | isolated, set before the pair opens
          Slots[]:Pairs[]:StalenessSeconds  no order when the next candle is this late (default 120)
          Slots[]:Pairs[]:FillWaitSeconds   live: wait this long for reported fills before sending exits (0 to 60, default 3)
        Commands, typed under the live view (Enter sends, Up recalls, Esc clears) or as lines on standard input:
        "long PAIR", "short PAIR", "close PAIR" (signal pairs); "kill SLOT|all [reason]" stops new exposure (closing
        orders and exits still go out), "resume SLOT|all" lifts it; "balance" answers each slot's account as last read.
        Kill file: while a file named KILL exists in the data folder, every slot's kill switch is engaged.
        """;

    public static Command Build()
    {
        var dataDir = new Option<string>("--data-dir") { Description = "Data folder: the SQLite store (asterbot.db), its key file, and appsettings.json.", DefaultValueFactory = _ => "./data" };
        var seed = new Option<int>("--seed") { Description = "Seed of the demo's and paper trading's simulated prices.", DefaultValueFactory = _ => 1 };
        var plain = new Option<bool>("--plain") { Description = "Print events as plain lines instead of the live view (automatic when stdout is not a terminal)." };
        var command = new Command("run", "Run the trading bot (the main job): the demo, or the configured slots on paper or live.\n\n" + Schema) { dataDir, seed, plain };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await RunAsync(Path.GetFullPath(parse.GetValue(dataDir)!), parse.GetValue(seed), parse.GetValue(plain) || Console.IsOutputRedirected, ct);
            }
            catch (Exception e) when (e is RunConfigException or StorageException or SlotInputException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(string dataDir, int seed, bool plain, CancellationToken ct)
    {
        var settings = RunSettings.Load(dataDir);
        Directory.CreateDirectory(dataDir);
        var database = Path.Combine(dataDir, "asterbot.db");
        await using var store = await AsterStore.OpenSqliteAsync(database, StoreOptions.NextToDatabase(database, TimeProvider.System), ct);
        var owner = (await store.Users.GetAsync(new OwnerId(1), ct))?.Id ?? (await store.Users.CreateAsync("operator", null, ct)).Id;
        var events = new RunEventLog(plain ? Console.Out : null);
        await using var session = settings.IsDemo ? await DemoSetup.StartAsync(seed, events, ct)
            : settings.Mode == RunMode.Paper ? PaperSetup.Start(settings, seed, events)
            : await LiveSetup.StartAsync(settings, store, owner, events, ct);
        var description = session.Description.Prepend($"Data folder: {dataDir}").ToList();
        var pairs = string.Join(", ", session.Slots.SelectMany(s => s.Pairs).Select(p => $"{p.Label} ({p.StrategyName})"));
        await store.Audit.AppendAsync(owner, "asterbot run", "run started", $"{(settings.IsDemo ? "demo" : settings.Mode.ToString().ToLowerInvariant())}: {pairs}", CancellationToken.None);

        var host = new Trading.Runtime.TradingHost(session.Slots, events, session.Time);
        session.OnHost?.Invoke(host);
        if (plain) foreach (var line in description) Console.WriteLine(line);
        // Ctrl-C, or a companion that is done (a replay whose data ended), stops the run.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // The first look at the kill file happens here, before any pair can trade.
        var killFile = KillFile.WatchAsync(dataDir, host, TimeSpan.FromSeconds(1), stop.Token);
        var running = host.RunAsync(stop.Token);
        var companion = RunCompanionAsync(session, host, stop);
        // Commands: typed lines with plain output; under the live view, keys typed into its command line, or lines
        // piped on standard input with their answers shown in the view.
        var prompt = plain ? null : new LivePrompt(interactive: !Console.IsInputRedirected);
        var commands = prompt switch
        {
            null => SignalConsole.RunAsync(host, Console.In, Console.Out.WriteLine, stop.Token),
            { Interactive: true } => prompt.RunAsync(host, LivePrompt.ReadConsoleKeyAsync, stop.Token),
            _ => SignalConsole.RunAsync(host, Console.In, prompt.Answer, stop.Token),
        };
        if (prompt is null) await running;
        else await RunView.ShowAsync(host, events, description, prompt, running);
        await stop.CancelAsync(); // the host has stopped: the kill-file watch ends too
        await Task.WhenAll(companion, commands, killFile);

        await store.Audit.AppendAsync(owner, "asterbot run", "run stopped", pairs, CancellationToken.None);
        if (!plain) AnsiConsole.MarkupLine("AsterBot stopped.");
        return 0;
    }

    private static async Task RunCompanionAsync(RunSession session, Trading.Runtime.TradingHost host, CancellationTokenSource stop)
    {
        if (session.Companion is null) return;
        try
        {
            await session.Companion(host, stop.Token);
        }
        finally
        {
            await stop.CancelAsync();
        }
    }
}
