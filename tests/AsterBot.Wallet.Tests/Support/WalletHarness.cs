using System.Numerics;
using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Testing;
using AsterBot.Wallet.Storage;

namespace AsterBot.Wallet.Tests.Support;

/// <summary>
/// The whole verification stack on real parts: an anvil chain, a SQLite file, the xpub deposit addresses and a
/// manual clock (started at the real time, because anvil stamps blocks with real time).
/// </summary>
public sealed class WalletHarness : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();

    private WalletHarness(AnvilNode anvil, WalletOptions options)
    {
        Anvil = anvil;
        Options = options;
        Clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        Source = XpubDepositAddresses.Parse(TestKeys.AnvilAccount1Xpub);
        Rpc = anvil.Client();
        Restart();
    }

    public AnvilNode Anvil { get; }
    public WalletOptions Options { get; }
    public ManualTimeProvider Clock { get; }
    public XpubDepositAddresses Source { get; }
    public EvmRpcClient Rpc { get; }
    public string DatabasePath => _dir.File("asterbot.db");
    public IWalletStore Store { get; private set; } = null!;
    public DepositWatcher Watcher { get; private set; } = null!;
    public WalletVerificationService Service { get; private set; } = null!;

    public static async Task<WalletHarness> StartAsync(WalletOptions? options = null) =>
        new(await AnvilNode.StartAsync(), options ?? new WalletOptions { Confirmations = 3 });

    /// <summary>Builds fresh objects over the same database, as a restarted process would.</summary>
    public void Restart(BlockWatcherOptions? watcherOptions = null, TimeProvider? watcherClock = null)
    {
        Store = SqliteWalletStore.Open(DatabasePath);
        Watcher = new DepositWatcher(Store, Source, Rpc, watcherOptions ?? new BlockWatcherOptions(), watcherClock ?? Clock);
        Service = new WalletVerificationService(Store, Source, Watcher, Options, Clock);
    }

    public Task<VerificationSession> StartSessionAsync(int devAccount, string? owner = null) =>
        Service.StartAsync(AddressText.Parse(AnvilNode.DevAccounts[devAccount], "wallet"), owner, default);

    public Task<string> PayAsync(int fromDevAccount, VerificationSession session, BigInteger wei) =>
        Anvil.SendAsync(AnvilNode.DevAccounts[fromDevAccount], session.DepositAddress.ToString(), wei);

    /// <summary>Lets the watcher read everything mined so far, then presses "I sent".</summary>
    public async Task<VerificationOutcome> SyncAndCheckAsync(VerificationSession session)
    {
        await Watcher.CatchUpAsync(default);
        return await Service.CheckAsync(session.Id, default);
    }

    public async ValueTask DisposeAsync()
    {
        Rpc.Transport.Dispose();
        await Anvil.DisposeAsync();
        _dir.Dispose();
    }
}
