using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// A file named <see cref="Name"/> in the data folder engages every slot's kill switch for as long as it exists:
/// a way to stop new exposure that works under the live view, from another shell or from a service manager
/// (`touch data/KILL`). Deleting it releases what the file engaged: a slot halted by hand from the console before
/// stays halted. Closing orders and exits still go out.
/// </summary>
public static class KillFile
{
    public const string Name = "KILL";

    private const string Reason = $"{Name} file in the data folder";

    /// <summary>Checks now (before any pair trades), then every <paramref name="every"/> of real time until <paramref name="stop"/>.</summary>
    public static async Task WatchAsync(string dataDir, TradingHost host, TimeSpan every, CancellationToken stop)
    {
        var path = Path.Combine(dataDir, Name);
        var engaged = false;
        using var timer = new PeriodicTimer(every);
        try
        {
            do
            {
                var present = File.Exists(path);
                if (present == engaged) continue;
                var halted = host.EngagedKillSwitches;
                if (present)
                {
                    foreach (var slot in host.RunningSlots.Where(slot => !halted.Any(h => h.Slot == slot)))
                        host.SetKillSwitch(slot, engage: true, Reason);
                }
                else
                {
                    foreach (var (slot, _) in halted.Where(h => h.Reason == Reason)) host.SetKillSwitch(slot, engage: false, "");
                }
                engaged = present;
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run is over
        }
    }
}
