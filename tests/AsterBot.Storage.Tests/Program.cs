using System.Globalization;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Tests;

/// <summary>
/// The child side of the multi-process tests: `dotnet exec AsterBot.Storage.Tests.dll MODE PROVIDER LOCATION KEYFILE [...]`.
/// The test runner never calls this; it loads the assembly as a library.
/// </summary>
public static class Program
{
    public const string UpdatedNotCommitted = "updated, not committed";

    public static async Task<int> Main(string[] args)
    {
        var (mode, provider, location, keyFile) = (args[0], args[1], args[2], args[3]);
        var options = new StoreOptions(new SecretKeySource(keyFile, _ => null), TimeProvider.System) { BusyTimeout = TimeSpan.FromSeconds(60) };
        await using var store = provider == "sqlite"
            ? await AsterStore.OpenSqliteAsync(location, options)
            : await AsterStore.OpenPostgresAsync(location, options);
        switch (mode)
        {
            case "migrate":
                Console.WriteLine("migrated");
                return 0;
            case "update-slot-and-hang":
                var owner = new OwnerId(long.Parse(args[4], CultureInfo.InvariantCulture));
                var slotId = long.Parse(args[5], CultureInfo.InvariantCulture);
                await store.InTransactionAsync(async tx =>
                {
                    await tx.Slots.UpdateAsync(owner, slotId, new ApiSlotFields("half-written", "v3", "0xhalf", new SecretText("half-written-secret")));
                    Console.WriteLine(UpdatedNotCommitted);
                    await Task.Delay(Timeout.Infinite); // the parent kills us here, inside the open transaction
                    return true;
                });
                return 0;
            default:
                await Console.Error.WriteLineAsync($"unknown mode {mode}");
                return 2;
        }
    }
}
