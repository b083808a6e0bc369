namespace AsterBot.Storage;

/// <summary>
/// The user every row belongs to. Every store method takes one, so no query can run without an owner and no
/// caller can read another owner's data by forgetting a WHERE clause.
/// </summary>
public readonly record struct OwnerId
{
    public OwnerId(long value)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(nameof(value), value, "An owner id is a positive user id.");
        Value = value;
    }

    public long Value { get; }

    public override string ToString() => $"owner {Value}";
}
