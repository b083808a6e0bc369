using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Tests;

public sealed class SecretTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asterbot-secrets-").FullName;

    [Fact]
    public void Secret_text_never_shows_its_value_when_formatted()
    {
        var secret = new SecretText("hunter2-api-secret");
        Assert.Equal("***", secret.ToString());
        Assert.Equal("key=***", $"key={secret}");
        Assert.Equal("hunter2-api-secret", secret.Reveal());
    }

    [Fact]
    public void A_sealed_secret_opens_with_the_same_key_and_context_and_uses_a_fresh_nonce_each_time()
    {
        var box = new SecretBox(SecretKey.Generate());
        var secret = new SecretText("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var first = box.Seal(secret, "ctx");
        var second = box.Seal(secret, "ctx");
        Assert.NotEqual(first, second);
        Assert.Equal(secret, box.Open(first, "ctx"));
        Assert.Equal(secret, box.Open(second, "ctx"));
    }

    [Fact]
    public void A_tampered_envelope_is_detected()
    {
        var box = new SecretBox(SecretKey.Generate());
        var envelope = box.Seal(new SecretText("secret"), "ctx");
        envelope[^1] ^= 1;
        Assert.Contains("integrity check", Assert.Throws<SecretKeyException>(() => box.Open(envelope, "ctx")).Message);
        Assert.Contains("not in a format", Assert.Throws<SecretKeyException>(() => box.Open([9, 9, 9], "ctx")).Message);
    }

    [Theory]
    [InlineData("not base64 at all!", "is not base64")]
    [InlineData("AAAA", "decodes to 3 bytes; it must be exactly 32")]
    public void A_malformed_key_in_the_environment_is_a_clear_error(string value, string expected)
    {
        var source = new SecretKeySource(Path.Combine(_folder, "k"), _ => value);
        var error = Assert.Throws<SecretKeyException>(source.TryLoad);
        Assert.Contains(expected, error.Message);
        Assert.Contains(SecretKeySource.EnvironmentVariable, error.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_key_file_readable_by_others_is_refused()
    {
        var source = new SecretKeySource(Path.Combine(_folder, "asterbot.key"), _ => null);
        Assert.Null(source.TryLoad());
        var created = source.CreateKeyFile();
        Assert.Equal(created.KeyIdHex, source.TryLoad()!.KeyIdHex);

        File.SetUnixFileMode(source.KeyFilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var error = Assert.Throws<SecretKeyException>(source.TryLoad);
        Assert.Contains($"chmod 600 {source.KeyFilePath}", error.Message);
    }

    [Fact]
    public void The_loser_of_a_key_file_creation_race_uses_the_winners_key()
    {
        var source = new SecretKeySource(Path.Combine(_folder, "asterbot.key"), _ => null);
        var winner = source.CreateKeyFile();
        var loser = source.CreateKeyFile();
        Assert.Equal(winner.KeyIdHex, loser.KeyIdHex);
        Assert.Single(Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
