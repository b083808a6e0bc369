using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Model;

/// <summary>
/// A named set of Aster API credentials and its settings. <see cref="Kind"/> names the credential type (e.g. "v1",
/// "v3", "none"); <see cref="PublicKey"/> is what may be shown (API key, wallet address); the secret part is only
/// ever read through <see cref="Repositories.ApiSlotRepository.ReadSecretAsync"/>.
/// </summary>
public sealed record ApiSlot(long Id, OwnerId Owner, string Name, string Kind, string PublicKey, ApiSlotSettings Settings,
    long CreatedAtMs, long UpdatedAtMs);

/// <summary>The fields a slot is created or replaced with; <see cref="Secret"/> is encrypted before it is stored.</summary>
public sealed record ApiSlotFields(string Name, string Kind, string PublicKey, SecretText Secret)
{
    public ApiSlotSettings Settings { get; init; } = new();
}
