using System.CommandLine;
using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Wallet;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary>
/// <c>asterbot wallet</c>: deposit addresses from the operator's xpub, wallet verification sessions, the block
/// watcher and the operator's listing of deposit balances (to sweep them with the offline key).
/// Exit codes: 0 done or verified, 1 bad input or unreachable chain, 3 still waiting, 4 verification refused.
/// </summary>
public static class WalletCommands
{
    private const int Failed = 1, Waiting = 3, Refused = 4;

    public static Command Build()
    {
        var wallet = new Command("wallet", "Wallet verification on BNB Smart Chain (deposit addresses, sessions, watcher).");
        var options = new WalletCliOptions();
        wallet.Subcommands.Add(Derive(options));
        wallet.Subcommands.Add(Verify(options));
        wallet.Subcommands.Add(Watch(options));
        wallet.Subcommands.Add(Addresses(options));
        return wallet;
    }

    private static Command Derive(WalletCliOptions options)
    {
        var index = new Option<uint>("--index") { Description = "Deposit index i (address m/44'/60'/0'/0/i).", Required = true };
        var command = new Command("derive", "Print deposit address i of the xpub (EIP-55).") { options.Xpub, index };
        command.SetAction(parse => Guard(() =>
        {
            Console.Out.WriteLine(AddressText.Checksummed(XpubDepositAddresses.Parse(options.RequireXpub(parse)).AddressAt(parse.GetValue(index))));
            return 0;
        }));
        return command;
    }

    private static Command Verify(WalletCliOptions options)
    {
        var verify = new Command("verify", "Prove a user's wallet with a small transfer to their own deposit address.");

        var walletOption = new Option<string>("--wallet") { Description = "The wallet the user claims (their Aster account's wallet).", Required = true };
        var owner = new Option<string?>("--owner") { Description = "Who the session is for (e.g. tg:12345); the same owner keeps the same deposit address." };
        var start = new Command("start", "Start a session: prints the deposit address and what to send.") { walletOption, owner };
        options.AddChainOptions(start);
        options.AddRuleOptions(start);
        start.SetAction((parse, ct) => GuardAsync(async () =>
        {
            var claimed = AddressText.Parse(parse.GetValue(walletOption), "wallet");
            using var cli = options.Compose(parse, TimeProvider.System);
            var session = await cli.Service.StartAsync(claimed, parse.GetValue(owner), ct);
            KeepAddressesWhole();
            var table = new Table().HideHeaders().AddColumn("").AddColumn(new TableColumn("").NoWrap());
            table.AddRow("Session", session.Id);
            table.AddRow("Claimed wallet", AddressText.Checksummed(session.ClaimedWallet));
            table.AddRow("Deposit address", $"{AddressText.Checksummed(session.DepositAddress)} (index {session.DepositIndex})");
            table.AddRow("Amount", $"at least {Wei.ToBnb(session.AmountWei)} BNB");
            table.AddRow("Deadline", $"{session.ExpiresAt:yyyy-MM-dd HH:mm:ss} UTC");
            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"Send at least {Wei.ToBnb(session.AmountWei)} BNB on chain {cli.Options.ChainId} from the claimed wallet to the " +
                                  $"deposit address, then run: asterbot wallet verify check --session {session.Id}");
            return 0;
        }));
        verify.Subcommands.Add(start);

        var sessionOption = new Option<string>("--session") { Description = "Session id printed by 'verify start'.", Required = true };
        var check = new Command("check", "Read the chain up to its head, then evaluate the session (the \"I sent it\" button).") { sessionOption };
        options.AddChainOptions(check);
        check.SetAction((parse, ct) => GuardAsync(async () =>
        {
            using var cli = options.Compose(parse, TimeProvider.System);
            var synced = await cli.Watcher.CatchUpAsync(ct);
            var outcome = await cli.Service.CheckAsync(parse.GetValue(sessionOption)!, ct);
            AnsiConsole.WriteLine($"{outcome.Kind}: {outcome.Message}");
            AnsiConsole.WriteLine($"(chain read up to block {synced.Tip?.Number.ToString() ?? "none"}, head {synced.ChainHead})");
            return outcome.Kind switch
            {
                VerificationOutcomeKind.Verified => 0,
                VerificationOutcomeKind.NotFound or VerificationOutcomeKind.AwaitingConfirmations => Waiting,
                VerificationOutcomeKind.UnknownSession => Failed,
                _ => Refused,
            };
        }));
        verify.Subcommands.Add(check);
        return verify;
    }

    private static Command Watch(WalletCliOptions options)
    {
        var command = new Command("watch", "Follow the chain (until Ctrl-C), storing transfers into deposit addresses.");
        options.AddChainOptions(command);
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            using var cli = options.Compose(parse, TimeProvider.System);
            AnsiConsole.WriteLine("Watching; press Ctrl-C to stop.");
            try
            {
                await cli.Watcher.RunAsync(Report, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                AnsiConsole.WriteLine("Stopped; the next run continues from the last stored block.");
            }
            return 0;
        }));
        return command;

        static void Report(SyncResult r)
        {
            if (r.BlocksProcessed == 0 && r.BlocksReverted == 0) return;
            AnsiConsole.WriteLine($"block {r.Tip?.Number} of {r.ChainHead}: +{r.BlocksProcessed} blocks, {r.Matches} transfers" +
                                  (r.BlocksReverted > 0 ? $", {r.BlocksReverted} blocks reorganised away" : ""));
        }
    }

    private static Command Addresses(WalletCliOptions options)
    {
        var command = new Command("addresses", "List issued deposit addresses with their balances (for sweeping with the offline key).");
        options.AddChainOptions(command);
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            using var cli = options.Compose(parse, TimeProvider.System);
            var rows = await new DepositAddressLister(cli.Store, cli.Source, cli.Rpc).ListAsync(ct);
            KeepAddressesWhole();
            var table = new Table()
                .AddColumn("Index")
                .AddColumn(new TableColumn("Path").NoWrap())
                .AddColumn(new TableColumn("Address").NoWrap())
                .AddColumns("Owner", "Issued (UTC)")
                .AddColumn(new TableColumn("Balance (BNB)").RightAligned().NoWrap());
            foreach (var row in rows)
                table.AddRow(row.Deposit.Index.ToString(), row.DerivationPath, AddressText.Checksummed(row.Deposit.Address),
                    Markup.Escape(row.Deposit.OwnerId), row.Deposit.IssuedAt.ToString("yyyy-MM-dd HH:mm"), row.BalanceBnb.ToString());
            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{rows.Count} addresses, {rows.Sum(r => r.BalanceBnb)} BNB in total.");
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// People copy addresses out of these tables, so they must never be wrapped or cut; when the output goes to a
    /// file or pipe there is no terminal width to respect, so the table may be wide.
    /// </summary>
    private static void KeepAddressesWhole()
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 200);
    }

    private static int Guard(Func<int> action)
    {
        try { return action(); }
        catch (Exception e) when (IsUserFacing(e)) { return Report(e); }
    }

    private static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try { return await action(); }
        catch (Exception e) when (IsUserFacing(e)) { return Report(e); }
    }

    /// <summary>Expected failures are printed as one clear line; anything else is a bug and keeps its stack trace.</summary>
    private static bool IsUserFacing(Exception e) =>
        e is ArgumentException or RpcException or ReorgTooDeepException or InvalidOperationException or IOException
            or UnauthorizedAccessException
            or Microsoft.Data.Sqlite.SqliteException;

    private static int Report(Exception e)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return Failed;
    }
}
