using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Model;

/// <summary>
/// A named set of Aster API credentials. <see cref="PublicKey"/> is what may be shown (API key, signer address);
/// the secret part is only ever read through <see cref="Repositories.ApiSlotRepository.ReadSecretAsync"/>.
/// </summary>
public sealed record ApiSlot(long Id, OwnerId Owner, string Name, string Kind, string PublicKey, long CreatedAtMs, long UpdatedAtMs);

/// <summary>The fields a slot is created or replaced with; <see cref="Secret"/> is encrypted before it is stored.</summary>
public sealed record ApiSlotFields(string Name, string Kind, string PublicKey, SecretText Secret);
