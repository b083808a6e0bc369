using AsterBot.Testing;
namespace AsterBot.Storage.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : StoreContractTests
{
    protected override async Task<StoreTarget> CreateTargetAsync() => new PostgresTarget(server, await server.CreateDatabaseAsync());
}
