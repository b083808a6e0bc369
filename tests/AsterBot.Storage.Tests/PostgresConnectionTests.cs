using System.Net;
using System.Net.Sockets;
using AsterBot.Storage.Secrets;
using AsterBot.Testing;

namespace AsterBot.Storage.Tests;

/// <summary>A PostgreSQL server that cannot be used is a clear error when the store opens.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionTests(PostgresServer server)
{
    // Opening fails before the key is needed, so this file is never created.
    private static readonly StoreOptions Options =
        new(new SecretKeySource(Path.Combine(Path.GetTempPath(), $"never-created-{Guid.NewGuid():N}.key"), _ => null), new ManualTimeProvider());

    [Fact]
    public async Task A_server_that_does_not_answer_is_a_clear_error()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var error = await Assert.ThrowsAsync<StorageException>(() =>
            AsterStore.OpenPostgresAsync($"Host=127.0.0.1;Port={port};Username=postgres;Database=x;Timeout=5", Options));
        Assert.Contains("Cannot reach the PostgreSQL server", error.Message);
    }

    [Fact]
    public async Task A_database_that_does_not_exist_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<StorageException>(() => AsterStore.OpenPostgresAsync(
            $"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=no_such_db", Options));
        Assert.Contains("does not exist; create it", error.Message);
    }
}
