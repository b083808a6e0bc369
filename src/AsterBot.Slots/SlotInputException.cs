namespace AsterBot.Slots;

/// <summary>A slot field or action the user asked for is invalid; the message says what is wrong and how to fix it.</summary>
public sealed class SlotInputException(string message) : Exception(message);
