using AsterBot.Testing;
namespace AsterBot.Storage.Tests;

public sealed class PostgresServerTests
{
    [Fact]
    public void Missing_server_binaries_fail_with_the_command_that_installs_them()
    {
        var empty = Directory.CreateTempSubdirectory("asterbot-no-pg-");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => PostgresServer.FindBinaries(empty.FullName));
            Assert.Contains("run bash scripts/deps.sh test", error.Message);
        }
        finally { empty.Delete(); }
    }
}
