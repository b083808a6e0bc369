using System.Numerics;
using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// The block watcher's matching step (RPC excluded): blocks of 500 transactions against 100,000 watched deposit
/// addresses, 1% of transactions hitting one. Reported per transaction; target ≥ 1,000,000 transactions/s,
/// i.e. ≤ 1,000 ns per transaction.
/// </summary>
[MemoryDiagnoser]
public class WatcherBenchmarks
{
    private const int Blocks = 20;
    private const int TransactionsPerBlock = 500;
    private const int WatchedAddresses = 100_000;

    private readonly WatchedAddressSet _watched = new();
    private readonly List<MatchedTransfer> _matches = new(TransactionsPerBlock);
    private RpcBlock[] _blocks = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(56);
        var watched = new AddressKey[WatchedAddresses];
        for (var i = 0; i < watched.Length; i++) _watched.Add(watched[i] = RandomAddress(random));

        _blocks = new RpcBlock[Blocks];
        for (var b = 0; b < Blocks; b++)
        {
            var txs = new RpcTransaction[TransactionsPerBlock];
            for (var t = 0; t < txs.Length; t++)
            {
                var to = random.Next(100) == 0 ? watched[random.Next(watched.Length)] : RandomAddress(random);
                txs[t] = new RpcTransaction(RandomHash(random), RandomAddress(random), to, new BigInteger(random.NextInt64()), (ulong)b, null);
            }
            _blocks[b] = new RpcBlock((ulong)b, RandomHash(random), RandomHash(random), DateTimeOffset.UnixEpoch, txs);
        }
    }

    [Benchmark(OperationsPerInvoke = Blocks * TransactionsPerBlock)]
    public int MatchTransactions()
    {
        var found = 0;
        foreach (var block in _blocks)
        {
            _matches.Clear();
            _watched.Match(block, _matches);
            found += _matches.Count;
        }
        return found;
    }

    private static AddressKey RandomAddress(Random random)
    {
        Span<byte> bytes = stackalloc byte[AddressKey.ByteLength];
        random.NextBytes(bytes);
        return AddressKey.FromBytes(bytes);
    }

    private static string RandomHash(Random random)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }
}
