using AsterBot.Chain.Crypto;
using System.Text.RegularExpressions;
using AsterBot.Testing;

namespace AsterBot.Tests.Cli;

/// <summary><c>asterbot wallet ...</c> end to end: the real executable, a real SQLite file and anvil as the chain.</summary>
public sealed partial class WalletCommandsTests
{
    /// <summary>m/44'/60'/0' of anvil's mnemonic: deposit address i is anvil's dev account i.</summary>
    private const string AnvilAccountXpub = DevelopmentKeys.AnvilAccountXpub;

    /// <summary>m/44'/60'/1' of the same mnemonic: fresh deposit addresses.</summary>
    private const string FreshAccountXpub =
        "xpub6Ce9NcJvTk372KjsGfWqbcex5DumjpNquQLApoeQUavSCjEc823BV1tb4rXUuPuht8h2hSxkg2EXUaKUJmniJvRZAELxypsCzBFdtosmV76";

    [Fact]
    public async Task Derive_prints_the_checksummed_address()
    {
        var result = await CliProcess.RunAsync(null, "wallet", "derive", "--xpub", AnvilAccountXpub, "--index", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", result.Out.Trim());
    }

    [Fact]
    public async Task Derive_with_a_bad_xpub_explains_without_a_stack_trace()
    {
        var result = await CliProcess.RunAsync(new Dictionary<string, string> { ["ASTERBOT_DEPOSIT_XPUB"] = AnvilAccountXpub[..^1] + "Q" },
            "wallet", "derive", "--index", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: The deposit xpub is not usable", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Start_send_check_verifies_and_the_operator_sees_the_balance()
    {
        await using var anvil = await AnvilNode.StartAsync();
        var dir = Directory.CreateTempSubdirectory("asterbot-cli-");
        try
        {
            var env = new Dictionary<string, string> { ["ASTERBOT_DEPOSIT_XPUB"] = FreshAccountXpub, ["ASTERBOT_BSC_RPC"] = anvil.Url.ToString() };
            var db = Path.Combine(dir.FullName, "data", "asterbot.db");

            var start = await CliProcess.RunAsync(env, "wallet", "verify", "start", "--db", db, "--wallet", AnvilNode.DevAccounts[1], "--confirmations", "2");
            Assert.Equal(0, start.ExitCode);
            var session = SessionId().Match(start.Out).Value;
            var deposit = DepositLine().Match(start.Out).Groups[1].Value;

            var waiting = await CliProcess.RunAsync(env, "wallet", "verify", "check", "--db", db, "--session", session);
            Assert.Equal(3, waiting.ExitCode);
            Assert.StartsWith("NotFound:", waiting.Out);

            await anvil.SendAsync(AnvilNode.DevAccounts[1], deposit, 100_000_000_000_000);
            await anvil.MineAsync(1);
            var verified = await CliProcess.RunAsync(env, "wallet", "verify", "check", "--db", db, "--session", session);
            Assert.Equal(0, verified.ExitCode);
            Assert.StartsWith("Verified:", verified.Out);

            var listing = await CliProcess.RunAsync(env, "wallet", "addresses", "--db", db);
            Assert.Equal(0, listing.ExitCode);
            Assert.Contains(deposit, listing.Out);
            Assert.Contains("m/44'/60'/1'/0/0", listing.Out);
            Assert.Contains("0.0001", listing.Out);

            var down = await CliProcess.RunAsync(env, "wallet", "verify", "check", "--db", db, "--session", session,
                "--rpc", "http://127.0.0.1:9/v1/my-provider-key");
            Assert.Equal(1, down.ExitCode);
            Assert.Contains("No RPC endpoint answered", down.Error);
            Assert.DoesNotContain("my-provider-key", down.Error + down.Out);

            var wrongChain = await CliProcess.RunAsync(env, "wallet", "verify", "check", "--db", db, "--session", session, "--chain-id", "97");
            Assert.Equal(1, wrongChain.ExitCode);
            Assert.Contains("serves chain id 56, but the configuration expects chain id 97", wrongChain.Error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Start_with_a_mistyped_wallet_is_refused_before_anything_is_issued()
    {
        var result = await CliProcess.RunAsync(
            new Dictionary<string, string> { ["ASTERBOT_DEPOSIT_XPUB"] = FreshAccountXpub, ["ASTERBOT_BSC_RPC"] = "http://127.0.0.1:9" },
            "wallet", "verify", "start", "--db", Path.Combine(Path.GetTempPath(), $"asterbot-unused-{Guid.NewGuid():N}.db"),
            "--wallet", "0x70997970C51812dc3A010C7d01b50e0d17dc79C9");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fails its EIP-55 checksum", result.Error);
    }

    [GeneratedRegex("ws[0-9a-f]{24}")]
    private static partial Regex SessionId();

    [GeneratedRegex(@"Deposit address\s*│\s*(0x[0-9a-fA-F]{40})")]
    private static partial Regex DepositLine();
}
