using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Tests;

/// <summary>One provider's database for one test: how to open the store on it, read it raw, and dump it.</summary>
public abstract class StoreTarget : IAsyncDisposable
{
    protected StoreTarget()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"asterbot-store-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string KeyFile => Path.Combine(Folder, "asterbot.key");

    public StoreOptions Options(TimeProvider time, Func<string, string?>? environment = null) =>
        new(new SecretKeySource(KeyFile, environment ?? (_ => null)), time) { BusyTimeout = TimeSpan.FromSeconds(20) };

    public abstract Task<AsterStore> OpenAsync(StoreOptions options);

    /// <summary>Everything the database holds at rest, as text (file bytes or pg_dump), to search for leaked plaintext.</summary>
    public abstract Task<string> DumpAsync();

    /// <summary>Arguments that let the crash child (<see cref="Program"/>) open this same database.</summary>
    public abstract string[] ChildArguments { get; }

    /// <summary>Fills this (empty) database with TestData's schema-v1 database: three slots, a pair, their audit entries.</summary>
    public abstract Task LoadV1DatabaseAsync();

    public abstract Task ExecuteAsync(string sql);

    public abstract Task<long> CountAsync(string sql);

    public virtual ValueTask DisposeAsync()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
