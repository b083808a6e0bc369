using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AsterBot.Chain.Crypto;

namespace AsterBot.Aster.Auth;

/// <summary>
/// V3 nonces: the current time in microseconds, strictly increasing per signer. Aster rejects a reused nonce
/// as a duplicate, so two requests in the same microsecond (or after the clock steps back) take last + 1
/// instead. Lock-free: one compare-and-swap per nonce on the signer's own counter.
/// </summary>
public sealed class NonceSource(TimeProvider time)
{
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));
    private readonly ConcurrentDictionary<EthAddress, StrongBox<long>> _last = new();

    public long Next(EthAddress signer)
    {
        var last = _last.GetOrAdd(signer, static _ => new StrongBox<long>(0));
        var now = NowMicroseconds();
        while (true)
        {
            var previous = Volatile.Read(ref last.Value);
            var next = Math.Max(now, previous + 1);
            if (Interlocked.CompareExchange(ref last.Value, next, previous) == previous) return next;
        }
    }

    private long NowMicroseconds() =>
        (_time.GetUtcNow().UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (TimeSpan.TicksPerMillisecond / 1000);
}
