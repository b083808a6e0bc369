using System.Text.Json;
using AsterBot.Aster.Rest;
using AsterBot.Chain.Crypto;
using AsterBot.Storage.Secrets;

namespace AsterBot.Slots;

/// <summary>
/// A slot's credentials: V1 (API key + HMAC secret) or V3 (wallet + API wallet (agent) + the agent's private key).
/// Stored as one JSON document inside the store's encrypted <see cref="SecretText"/>. ToString never shows secrets.
/// </summary>
public abstract record SlotCredentials
{
    /// <summary>"v1" or "v3".</summary>
    public abstract string Generation { get; }

    /// <summary>What may be shown in full: the API key (V1) or the wallet address (V3).</summary>
    public abstract string PublicKey { get; }

    /// <summary>The secret's last four characters after an ellipsis, e.g. "…a1b2".</summary>
    public abstract string MaskedSecret { get; }

    /// <summary>Adds these credentials to client options; anything that must be disposed with the client goes to <paramref name="owned"/>.</summary>
    public abstract AsterClientOptions Apply(AsterClientOptions options, ICollection<IDisposable> owned);

    internal abstract SecretText Pack();

    public static string Mask(string value) => value.Length <= 4 ? "…" : "…" + value[^4..];

    /// <summary>The stored form of "no registered key" (after clear): the slot keeps its settings but cannot connect.</summary>
    internal static SecretText None => new(JsonSerializer.Serialize(new Packed("none")));

    /// <summary>The credentials, or null when the registered key was cleared.</summary>
    internal static SlotCredentials? Unpack(SecretText secret)
    {
        Packed? doc;
        try
        {
            doc = JsonSerializer.Deserialize<Packed>(secret.Reveal());
        }
        catch (JsonException)
        {
            // The parser's message can quote the text it choked on, and that text is a secret: say only what to do.
            throw new SlotInputException("The slot's stored credentials are unreadable: enter the keys again.");
        }
        if (doc is null) throw new SlotInputException("The slot's stored credentials are empty: run `asterbot slots edit` with new keys.");
        return doc.Generation switch
        {
            "v1" => new V1Credentials(doc.ApiKey ?? "", new SecretText(doc.ApiSecret ?? "")),
            "v3" => new V3Credentials(doc.User ?? "", doc.Signer ?? "", new SecretText(doc.SignerKey ?? "")),
            "none" => null,
            _ => throw new SlotInputException("The slot's stored credentials have an unknown format: enter the keys again."),
        };
    }

    internal sealed record Packed(string Generation, string? ApiKey = null, string? ApiSecret = null, string? User = null,
        string? Signer = null, string? SignerKey = null)
    {
        public override string ToString() => $"{Generation} credentials (***)";
    }
}

/// <summary>V1 HMAC credentials: the API key and secret, 64 hexadecimal digits each.</summary>
public sealed record V1Credentials(string ApiKey, SecretText ApiSecret) : SlotCredentials
{
    public override string Generation => "v1";
    public override string PublicKey => ApiKey;
    public override string MaskedSecret => Mask(ApiSecret.Reveal());

    /// <summary>Checks both are 64 hex digits; the message never repeats the secret.</summary>
    public static V1Credentials Create(string? apiKey, string? apiSecret)
    {
        var key = apiKey?.Trim() ?? "";
        var secret = apiSecret?.Trim() ?? "";
        if (!IsHex64(key))
            throw new SlotInputException($"The API key must be 64 hexadecimal digits; the text given has {key.Length} characters{(key.Length == 64 ? " with non-hex ones" : "")}. Copy it again from Aster's API management page.");
        if (!IsHex64(secret))
            throw new SlotInputException($"The API secret must be 64 hexadecimal digits; the text given has {secret.Length} characters{(secret.Length == 64 ? " with non-hex ones" : "")}. Copy it again (it is shown only once when the key is created).");
        return new V1Credentials(key, new SecretText(secret));
    }

    private static bool IsHex64(string text) => text.Length == 64 && text.All(Uri.IsHexDigit);

    public override AsterClientOptions Apply(AsterClientOptions options, ICollection<IDisposable> owned) =>
        options.WithV1Credentials(ApiKey, ApiSecret.Reveal());

    internal override SecretText Pack() => new(JsonSerializer.Serialize(new Packed("v1", ApiKey: ApiKey, ApiSecret: ApiSecret.Reveal())));

    public override string ToString() => $"V1 key {ApiKey}, secret {MaskedSecret}";
}

/// <summary>V3 credentials: the user's wallet, the approved API wallet (agent) and the agent's private key.</summary>
public sealed record V3Credentials(string User, string Signer, SecretText SignerKey) : SlotCredentials
{
    public override string Generation => "v3";
    public override string PublicKey => User;
    public override string MaskedSecret => Mask(SignerKey.Reveal());

    /// <summary>Checks both addresses (EIP-55 when mixed case) and that the private key belongs to the signer address.</summary>
    public static V3Credentials Create(string? user, string? signer, string? signerKey)
    {
        var userAddress = ParseAddress(user, "wallet (user) address");
        var signerAddress = ParseAddress(signer, "API-wallet (signer) address");
        using var key = ParseKey(signerKey);
        if (!key.Address.Equals(signerAddress))
            throw new SlotInputException($"The API-wallet private key belongs to {key.Address}, not to the signer address {signerAddress}: give the key of that API wallet, or its own address.");
        return new V3Credentials(userAddress.ToString(), signerAddress.ToString(), new SecretText(signerKey!.Trim()));
    }

    private static EthAddress ParseAddress(string? text, string what)
    {
        try
        {
            return EthAddress.Parse(text?.Trim() ?? "");
        }
        catch (FormatException e)
        {
            throw new SlotInputException($"The {what} is malformed: {e.Message}");
        }
    }

    private static PrivateKey ParseKey(string? text)
    {
        try
        {
            return PrivateKey.Parse(text ?? "");
        }
        catch (FormatException e)
        {
            throw new SlotInputException($"The API-wallet private key is malformed: {e.Message}");
        }
    }

    public override AsterClientOptions Apply(AsterClientOptions options, ICollection<IDisposable> owned)
    {
        var key = PrivateKey.Parse(SignerKey.Reveal());
        owned.Add(key); // the signer uses it for as long as the client lives
        return options.WithV3Credentials(EthAddress.Parse(User), EthAddress.Parse(Signer), key);
    }

    internal override SecretText Pack() => new(JsonSerializer.Serialize(new Packed("v3", User: User, Signer: Signer, SignerKey: SignerKey.Reveal())));

    public override string ToString() => $"V3 wallet {User}, API wallet {Signer}, key {MaskedSecret}";
}
