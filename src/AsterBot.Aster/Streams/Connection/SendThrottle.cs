namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// Keeps our outgoing frames under the server's per-second limit: at most N sends in any sliding second.
/// Waits are measured on the injected clock.
/// </summary>
internal sealed class SendThrottle(int perSecond, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _mutex = new(1, 1);
    private readonly Queue<DateTimeOffset> _recent = new();

    public async Task WaitAsync(CancellationToken ct)
    {
        await _mutex.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (_recent.Count > 0 && now - _recent.Peek() >= Window) _recent.Dequeue();
                if (_recent.Count < perSecond)
                {
                    _recent.Enqueue(now);
                    return;
                }
                await Task.Delay(_recent.Peek() + Window - now, time, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            _mutex.Release();
        }
    }
}
