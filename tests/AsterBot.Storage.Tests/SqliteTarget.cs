using System.Text;
using Microsoft.Data.Sqlite;

namespace AsterBot.Storage.Tests;

public sealed class SqliteTarget : StoreTarget
{
    public string DatabasePath => Path.Combine(Folder, "asterbot.db");

    public override Task<AsterStore> OpenAsync(StoreOptions options) => AsterStore.OpenSqliteAsync(DatabasePath, options);

    // Latin-1 maps every byte to one char, so a UTF-8 plaintext shows up as its byte sequence.
    public override async Task<string> DumpAsync()
    {
        var text = new StringBuilder();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-journal" }.Where(File.Exists))
            text.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)));
        return text.ToString();
    }

    public override string[] ChildArguments => ["sqlite", DatabasePath];

    // A real file written by the v1 code (its pages and key), copied over this target's not yet created database.
    public override Task LoadV1DatabaseAsync()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "v1-slots.db"), DatabasePath);
        return Task.CompletedTask;
    }

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = Open();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> CountAsync(string sql)
    {
        await using var connection = Open();
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
