namespace AsterBot.Storage;

/// <summary>
/// The user every row belongs to. Every store method takes one, so no query can run without an owner and no
/// caller can read another owner's data by forgetting a WHERE clause.
/// </summary>
public readonly record struct OwnerId
{
    private readonly long _value;

    public OwnerId(long value)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(nameof(value), value, "An owner id is a positive user id.");
        _value = value;
    }

    /// <summary>The user id; throws for default(OwnerId), which a caller can create without the constructor's check.</summary>
    public long Value => _value > 0
        ? _value
        : throw new InvalidOperationException("An OwnerId was used without being set (default(OwnerId)); take it from the user it belongs to.");

    public override string ToString() => _value > 0 ? $"owner {_value}" : "no owner";
}
