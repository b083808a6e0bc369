using AsterBot.Aster.Models;
using AsterBot.Storage;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// The engine's storage hot path on the embedded SQLite store (WAL, default synchronous): writing an order intent
/// before sending it, then marking it Sent — two committed transactions per order, so the figure is bound by the
/// disk's flush latency. Also decrypting a slot's credentials (one read + AES-GCM open).
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private string _folder = "";
    private AsterStore _store = null!;
    private OwnerId _owner;
    private long _slotId;
    private long _next;

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Directory.CreateTempSubdirectory("asterbot-bench-store-").FullName;
        var database = Path.Combine(_folder, "asterbot.db");
        _store = await AsterStore.OpenSqliteAsync(database,
            new StoreOptions(new SecretKeySource(Path.Combine(_folder, "asterbot.key"), _ => null), TimeProvider.System));
        _owner = (await _store.Users.CreateAsync("bench", null)).Id;
        _slotId = (await _store.Slots.AddAsync(_owner, new ApiSlotFields("main", "hmac", "key", new SecretText("secret-value")))).Id;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<bool> RecordIntentThenMarkSent()
    {
        var clientOrderId = $"bench-{++_next}";
        await _store.OrderIntents.TryRecordAsync(_owner,
            new NewOrderIntent(_slotId, clientOrderId, Market.Futures, "BTCUSDT", OrderSide.Buy, OrderType.Limit, 0.001m, 60000.5m));
        return await _store.OrderIntents.MoveAsync(_owner, _slotId, clientOrderId, OrderIntentState.Intended, OrderIntentState.Sent);
    }

    [Benchmark]
    public async Task<int> ReadSlotSecret() => (await _store.Slots.ReadSecretAsync(_owner, _slotId))!.Reveal().Length;
}
