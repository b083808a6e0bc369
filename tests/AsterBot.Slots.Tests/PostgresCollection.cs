using AsterBot.Testing;

namespace AsterBot.Slots.Tests;

/// <summary>One private PostgreSQL cluster (<see cref="PostgresServer"/>) shared by this assembly's PostgreSQL tests.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
