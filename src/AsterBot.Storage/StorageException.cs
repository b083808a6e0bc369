namespace AsterBot.Storage;

/// <summary>A storage problem the user can act on; the message says what is wrong and how to fix it.</summary>
public class StorageException : Exception
{
    public StorageException(string message) : base(message) { }
    public StorageException(string message, Exception inner) : base(message, inner) { }
}
