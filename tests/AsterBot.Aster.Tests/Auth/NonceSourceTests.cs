using System.Collections.Concurrent;
using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using AsterBot.Testing;

namespace AsterBot.Aster.Tests.Auth;

public class NonceSourceTests
{
    private static readonly EthAddress Alice = EthAddress.Parse("0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0");
    private static readonly EthAddress Bob = EthAddress.Parse("0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e");
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1748310859508);

    private static long Microseconds(DateTimeOffset t) => (t - DateTimeOffset.UnixEpoch).Ticks / 10;

    [Fact]
    public void Nonce_is_the_current_time_in_microseconds()
    {
        var time = new ManualTimeProvider(Start.AddTicks(8670));
        Assert.Equal(1748310859508867, new NonceSource(time).Next(Alice));
    }

    [Fact]
    public void Frozen_clock_still_gives_strictly_increasing_nonces_that_then_follow_time()
    {
        var time = new ManualTimeProvider(Start);
        var nonces = new NonceSource(time);
        var first = nonces.Next(Alice);
        Assert.Equal(first + 1, nonces.Next(Alice));
        Assert.Equal(first + 2, nonces.Next(Alice));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Microseconds(time.GetUtcNow()), nonces.Next(Alice));
    }

    [Fact]
    public void Signers_have_independent_sequences()
    {
        var time = new ManualTimeProvider(Start);
        var nonces = new NonceSource(time);
        var a1 = nonces.Next(Alice);
        nonces.Next(Alice);
        Assert.Equal(a1, nonces.Next(Bob));
        Assert.Equal(a1 + 2, nonces.Next(Alice));
    }

    [Fact]
    public void Clock_stepping_back_never_reuses_a_nonce()
    {
        var clock = new SteppingClock(Start);
        var nonces = new NonceSource(clock);
        var before = nonces.Next(Alice);
        clock.Now = Start.AddSeconds(-5);
        Assert.Equal(before + 1, nonces.Next(Alice));
    }

    [Fact]
    public async Task Concurrent_threads_get_unique_strictly_increasing_nonces_never_below_time()
    {
        var time = new ManualTimeProvider(Start);
        var nonces = new NonceSource(time);
        const int threads = 8, perThread = 5000;
        var seen = new ConcurrentDictionary<long, byte>();
        var floor = Microseconds(Start);
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(() =>
        {
            var previous = long.MinValue;
            for (var i = 0; i < perThread; i++)
            {
                var nonce = nonces.Next(Alice);
                Assert.True(nonce > previous, "each thread must see its own nonces increase");
                Assert.True(nonce >= floor);
                Assert.True(seen.TryAdd(nonce, 0), $"nonce {nonce} was handed out twice");
                previous = nonce;
            }
        })).ToArray();
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(threads * perThread, seen.Count);
        Assert.Equal(floor + threads * perThread - 1, seen.Keys.Max());
    }

    /// <summary>A clock that may go backwards, like a wall clock corrected by NTP (ManualTimeProvider only moves forward).</summary>
    private sealed class SteppingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
