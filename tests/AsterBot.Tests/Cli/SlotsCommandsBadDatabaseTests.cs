namespace AsterBot.Tests.Cli;

/// <summary>A damaged database file is refused with a clear error and left as it was.</summary>
public sealed class SlotsCommandsBadDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asterbot-slots-db-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Corrupt_database_is_refused_and_untouched()
    {
        var db = Path.Combine(_folder, "asterbot.db");
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(db, garbage);

        var result = await CliProcess.RunAsync(null, "slots", "list", "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a readable AsterBot database", result.Error);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(db));
    }
}
