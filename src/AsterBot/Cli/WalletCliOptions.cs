using System.CommandLine;
using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Wallet;
using AsterBot.Wallet.Storage;
using Microsoft.Extensions.Logging;

namespace AsterBot.Cli;

/// <summary>
/// The options shared by the <c>asterbot wallet</c> commands (database, xpub, RPC endpoints, verification rules),
/// with their environment-variable fallbacks, and the composition of the wallet services from them.
/// </summary>
internal sealed class WalletCliOptions
{
    public const string XpubVariable = "ASTERBOT_DEPOSIT_XPUB";
    public const string RpcVariable = "ASTERBOT_BSC_RPC";

    public Option<string> Db { get; } = new("--db") { Description = "SQLite database file.", DefaultValueFactory = _ => "./data/asterbot.db" };
    public Option<string?> Xpub { get; } = new("--xpub") { Description = $"Operator's account-level xpub (m/44'/60'/0'); default ${XpubVariable}." };
    public Option<string[]> Rpc { get; } = new("--rpc")
    {
        Description = $"BNB Smart Chain JSON-RPC URL; repeat for failover. Default ${RpcVariable} (comma-separated).",
        AllowMultipleArgumentsPerToken = false,
    };
    public Option<ulong> ChainId { get; } = new("--chain-id") { Description = "Chain id the RPC endpoints must serve (56 = BSC).", DefaultValueFactory = _ => 56 };
    public Option<int> Confirmations { get; } = new("--confirmations") { Description = "Blocks needed on top of the transfer, its own included.", DefaultValueFactory = _ => 15 };
    public Option<decimal> Amount { get; } = new("--amount") { Description = "Smallest transfer in BNB that proves the wallet.", DefaultValueFactory = _ => 0.0001m };
    public Option<int> Timeout { get; } = new("--timeout") { Description = "Minutes the user has to make the transfer.", DefaultValueFactory = _ => 30 };

    /// <summary>Options a command that reads the chain needs.</summary>
    public void AddChainOptions(Command command)
    {
        foreach (var option in new Option[] { Db, Xpub, Rpc, ChainId }) command.Options.Add(option);
    }

    /// <summary>Options a command that starts sessions needs (the rules are fixed into each session).</summary>
    public void AddRuleOptions(Command command)
    {
        foreach (var option in new Option[] { Confirmations, Amount, Timeout }) command.Options.Add(option);
    }

    public string RequireXpub(ParseResult parse) =>
        parse.GetValue(Xpub) ?? Environment.GetEnvironmentVariable(XpubVariable)
        ?? throw new ArgumentException($"No deposit xpub: give --xpub or set {XpubVariable} to the operator's account-level xpub (m/44'/60'/0').");

    /// <summary>
    /// Builds the services. The verification rules are read from the command line only by commands that offer
    /// them (<see cref="AddRuleOptions"/>); a session keeps the rules it started with, so other commands need none.
    /// </summary>
    public WalletCli Compose(ParseResult parse, TimeProvider time)
    {
        var urls = parse.GetValue(Rpc) is { Length: > 0 } given
            ? given
            : (Environment.GetEnvironmentVariable(RpcVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
            throw new ArgumentException($"No RPC endpoint: give --rpc URL (repeatable) or set {RpcVariable}, e.g. https://bsc-dataseed.bnbchain.org.");
        var offersRules = parse.CommandResult.Command.Options.Contains(Amount);
        var defaults = new WalletOptions();
        var options = new WalletOptions
        {
            Amount = offersRules ? parse.GetValue(Amount) : defaults.Amount,
            Confirmations = offersRules ? parse.GetValue(Confirmations) : defaults.Confirmations,
            TimeLimit = offersRules ? TimeSpan.FromMinutes(parse.GetValue(Timeout)) : defaults.TimeLimit,
            ChainId = parse.GetValue(ChainId),
            RpcEndpoints = urls.Select(RpcEndpoint.Parse).ToList(),
        };
        options.Validate();
        var source = XpubDepositAddresses.Parse(RequireXpub(parse));
        var store = SqliteWalletStore.Open(parse.GetValue(Db)!);
        var transport = new JsonRpcTransport(new RpcClientOptions { Endpoints = options.RpcEndpoints, ExpectedChainId = options.ChainId }, time);
        var rpc = new EvmRpcClient(transport);
        // Warnings only (node unreachable, reorgs), on stderr: `watch` would otherwise retry a dead node silently.
        var logging = LoggerFactory.Create(b => b.AddSimpleConsole(c => c.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Warning)
            .AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace));
        var watcher = new DepositWatcher(store, source, rpc, new BlockWatcherOptions(), time, logging.CreateLogger<BlockWatcher>());
        return new WalletCli(store, source, rpc, watcher, new WalletVerificationService(store, source, watcher, options, time), options, logging);
    }
}

/// <summary>The wallet services one CLI invocation works with.</summary>
internal sealed record WalletCli(
    IWalletStore Store,
    XpubDepositAddresses Source,
    EvmRpcClient Rpc,
    DepositWatcher Watcher,
    WalletVerificationService Service,
    WalletOptions Options,
    ILoggerFactory Logging) : IDisposable
{
    public void Dispose()
    {
        Rpc.Transport.Dispose();
        Logging.Dispose();
    }
}
