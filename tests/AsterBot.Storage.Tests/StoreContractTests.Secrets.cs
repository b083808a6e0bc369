using System.Text;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task No_plaintext_secret_is_stored_at_rest()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        await Store.Slots.UpdateAsync(owner, slot.Id, new ApiSlotFields("main", "hmac", "visible-public-key", new SecretText("second-" + SecretValue)));

        var dump = await Target.DumpAsync();
        Assert.Contains("visible-public-key", dump); // the dump is readable: the check below would catch a plaintext secret
        Assert.DoesNotContain(SecretValue, dump, StringComparison.Ordinal);
        // PostgreSQL dumps bytea as hex, so look for the hex form too.
        Assert.DoesNotContain(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(SecretValue)), dump, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_key_is_a_clear_error_not_garbage()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        var otherKey = SecretKey.Generate().ToBase64();
        await using var wrong = await Target.OpenAsync(Target.Options(Time, name => name == SecretKeySource.EnvironmentVariable ? otherKey : null));

        var error = await Assert.ThrowsAsync<SecretKeyException>(() => wrong.Slots.ReadSecretAsync(owner, slot.Id));
        Assert.StartsWith("The secret key does not match the one these credentials were encrypted with:", error.Message);
        Assert.Contains(Store.SecretKeyId, error.Message);
        Assert.DoesNotContain(SecretValue, error.ToString());
    }

    [Fact]
    public async Task A_key_given_by_environment_variable_is_used_instead_of_the_file()
    {
        var key = SecretKey.Generate();
        var user = await Store.Users.CreateAsync("alice", null);
        await using var withVariable = await Target.OpenAsync(
            Target.Options(Time, name => name == SecretKeySource.EnvironmentVariable ? key.ToBase64() : null));
        var slot = await withVariable.Slots.AddAsync(user.Id, new ApiSlotFields("env", "hmac", "k", new SecretText(SecretValue)));

        Assert.Equal(key.KeyIdHex, withVariable.SecretKeyId);
        Assert.Equal(SecretValue, (await withVariable.Slots.ReadSecretAsync(user.Id, slot.Id))!.Reveal());
        await Assert.ThrowsAsync<SecretKeyException>(() => Store.Slots.ReadSecretAsync(user.Id, slot.Id));
    }

    [Fact]
    public async Task A_missing_key_file_with_stored_credentials_is_refused_and_not_recreated()
    {
        await OwnerWithSlotAsync("alice");
        File.Delete(Target.KeyFile);

        var error = await Assert.ThrowsAsync<SecretKeyException>(() => Target.OpenAsync(Target.Options(Time)));
        Assert.Contains("secret key is missing", error.Message);
        Assert.Contains(Target.KeyFile, error.Message);
        Assert.False(File.Exists(Target.KeyFile));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_key_file_is_created_on_first_open_readable_by_the_owner_only()
    {
        Assert.True(File.Exists(Target.KeyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Target.KeyFile));
    }
}
