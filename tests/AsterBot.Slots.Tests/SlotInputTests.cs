using System.Security.Cryptography;
using AsterBot.Chain.Crypto;

namespace AsterBot.Slots.Tests;

/// <summary>Malformed keys, addresses and names: clear errors that never repeat a secret.</summary>
public sealed class SlotInputTests
{
    private static readonly string Hex64 = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    [Theory]
    [InlineData("Binance")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_exchange_names_list_the_accepted_ones(string? name)
    {
        var error = Assert.Throws<SlotInputException>(() => SlotExchanges.Parse(name));
        Assert.Contains("\"Aster Futures\"", error.Message);
    }

    [Theory]
    [InlineData("Binance")]
    [InlineData("7")]
    public void An_unknown_stored_exchange_says_how_to_set_one(string stored)
    {
        var error = Assert.Throws<SlotInputException>(() => SlotSettings.FromStored(new Storage.Model.ApiSlotSettings { Exchange = stored }));
        Assert.Contains($"stored exchange '{stored}' is unknown", error.Message);
        Assert.Contains("--exchange", error.Message);
    }

    [Fact]
    public void Settings_round_trip_through_the_stored_columns()
    {
        var settings = new SlotSettings
        {
            Exchange = SlotExchange.Aster, Network = "testnet", MakerFee = 0.000200m, TakerFee = null, ProcessingDelaySeconds = 0.75m,
            RateLimitMs = 120, Archived = true, AllowWithdrawals = true,
        };
        Assert.Equal(settings, SlotSettings.FromStored(settings.ToStored()));
        Assert.Equal("Aster", settings.ToStored().Exchange);
    }

    [Theory]
    [InlineData("Aster", SlotExchange.Aster)]
    [InlineData("aster futures", SlotExchange.AsterFutures)]
    [InlineData("futures", SlotExchange.AsterFutures)]
    public void Exchange_names_parse_case_insensitively(string name, SlotExchange expected) =>
        Assert.Equal(expected, SlotExchanges.Parse(name));

    [Fact]
    public void V1_secret_of_the_wrong_shape_is_refused_without_echoing_it()
    {
        var secret = "zz" + Hex64[2..];
        var error = Assert.Throws<SlotInputException>(() => V1Credentials.Create(Hex64, secret));
        Assert.Contains("API secret must be 64 hexadecimal digits", error.Message);
        Assert.DoesNotContain(secret, error.Message);
        Assert.Contains("API key must be", Assert.Throws<SlotInputException>(() => V1Credentials.Create("short", Hex64)).Message);
    }

    [Fact]
    public void V3_address_with_a_broken_checksum_is_refused()
    {
        // EIP-55's own example address with the case of its second letter flipped.
        const string broken = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        using var agent = PrivateKey.Parse(Hex64);

        var error = Assert.Throws<SlotInputException>(() => V3Credentials.Create(broken, agent.Address.ToString(), Hex64));

        Assert.Contains("wallet (user) address is malformed", error.Message);
        Assert.Contains("EIP-55", error.Message);
    }

    [Fact]
    public void V3_private_key_of_another_wallet_is_refused_without_echoing_it()
    {
        using var agent = PrivateKey.Parse(Hex64);
        var otherKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

        var error = Assert.Throws<SlotInputException>(() => V3Credentials.Create(agent.Address.ToString(), agent.Address.ToString(), otherKey));

        Assert.Contains("not to the signer address", error.Message);
        Assert.DoesNotContain(otherKey, error.Message);
        Assert.Contains("malformed", Assert.Throws<SlotInputException>(() => V3Credentials.Create(agent.Address.ToString(), agent.Address.ToString(), "0x12")).Message);
    }

    [Fact]
    public void Credentials_print_only_the_masked_secret()
    {
        using var agent = PrivateKey.Parse(Hex64);
        var v3 = V3Credentials.Create(agent.Address.ToString(), agent.Address.ToString(), Hex64);
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var v1 = V1Credentials.Create(apiKey, Hex64);

        Assert.DoesNotContain(Hex64, v3.ToString());
        Assert.Equal("…" + Hex64[^4..], v3.MaskedSecret);
        Assert.DoesNotContain(Hex64, v1.ToString());
        Assert.Contains(apiKey, v1.ToString());
    }
}
