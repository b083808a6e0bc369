using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AsterBot.Testing;

/// <summary>
/// A private, throwaway PostgreSQL cluster for the test run: initdb into a temp folder owned by the postgres OS user,
/// trust auth, listening on 127.0.0.1 on a free port; stopped and deleted on dispose. Each test gets its own database.
/// Use it as an xunit collection fixture; the collection definition must live in each test assembly (xunit's rule).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Binaries = "/usr/lib/postgresql";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"asterbot-pg-{Guid.NewGuid():N}");
    private string _bin = "";
    private int _databases;

    public int Port { get; private set; }

    public string BinaryDirectory => _bin;

    public async Task InitializeAsync()
    {
        _bin = FindBinaries(Binaries);
        Port = FreePort();
        Directory.CreateDirectory(_root);
        await ProcessRunner.RunAsync("chown", "postgres:postgres", _root);
        var data = Path.Combine(_root, "data");
        await AsPostgres(Path.Combine(_bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "-N");
        await AsPostgres(Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start");
    }

    /// <summary>A fresh empty database and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    public Task<string> DumpAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        return ProcessRunner.RunAsync(Path.Combine(_bin, "pg_dump"), "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", "postgres", database);
    }

    /// <summary>Runs a plain-SQL dump (pg_dump's output) into the database, stopping at the first error.</summary>
    public Task<string> RestoreAsync(string connectionString, string sqlFile)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        return ProcessRunner.RunAsync(Path.Combine(_bin, "psql"), "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-f", sqlFile);
    }

    public async Task DisposeAsync()
    {
        if (_bin.Length > 0 && Directory.Exists(Path.Combine(_root, "data")))
            await AsPostgres(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop");
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=30;Command Timeout=60";

    private static Task<string> AsPostgres(string program, params string[] arguments) =>
        ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]);

    /// <summary>The bin folder of the newest PostgreSQL under <paramref name="root"/> (Debian's layout: root/15/bin).</summary>
    public static string FindBinaries(string root)
    {
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries are not installed (no {root}/*/bin/initdb); run bash scripts/deps.sh test");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
