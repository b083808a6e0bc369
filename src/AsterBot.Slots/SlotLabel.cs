namespace AsterBot.Slots;

/// <summary>Slot labels: what the user types to address a slot (`asterbot slots test main`).</summary>
public static class SlotLabel
{
    public const int MaxLength = 64;

    public static string Normalize(string? label)
    {
        var value = label?.Trim() ?? "";
        if (value.Length == 0) throw new SlotInputException("A slot needs a label, e.g. --label main.");
        if (value.Length > MaxLength) throw new SlotInputException($"A slot label is at most {MaxLength} characters; this one has {value.Length}.");
        if (value.Any(char.IsControl)) throw new SlotInputException("A slot label may not contain control characters.");
        return value;
    }
}
