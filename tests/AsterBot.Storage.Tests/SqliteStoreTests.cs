namespace AsterBot.Storage.Tests;

public sealed class SqliteStoreTests : StoreContractTests
{
    protected override Task<StoreTarget> CreateTargetAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
}
