using AsterBot.Storage.Secrets;

namespace AsterBot.Storage;

/// <summary>How to open the store: where the secret key comes from, the clock, and how long to wait for a locked file.</summary>
public sealed record StoreOptions(SecretKeySource SecretKeys, TimeProvider Time)
{
    /// <summary>How long a SQLite writer waits for another process's lock before giving a "locked" error.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The usual options: key from ASTERBOT_SECRET_KEY or a key file next to the database.</summary>
    public static StoreOptions NextToDatabase(string databasePath, TimeProvider time) =>
        new(new SecretKeySource(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "asterbot.key"),
            Environment.GetEnvironmentVariable), time);
}
