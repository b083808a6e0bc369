namespace AsterBot.Storage.Secrets;

/// <summary>The secret key is missing, malformed, badly protected, or not the one the credentials need.</summary>
public sealed class SecretKeyException(string message) : StorageException(message);
