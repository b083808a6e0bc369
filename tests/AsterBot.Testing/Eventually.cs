namespace AsterBot.Testing;

/// <summary>Awaits a condition that another thread, socket or server makes true, failing after a bound instead of hanging.</summary>
public static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition, string what, int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (!condition())
        {
            try
            {
                await Task.Delay(10, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {seconds} s.");
            }
        }
    }
}
