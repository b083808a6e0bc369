namespace AsterBot.Storage.Model;

/// <summary>An owner: the operator when self-hosted, a Telegram user when hosted.</summary>
public sealed record User(OwnerId Id, string DisplayName, long? TelegramUserId, long CreatedAtMs);
