namespace AsterBot.Storage.Secrets;

/// <summary>
/// A secret (API secret, private key) in memory. ToString() is masked so a secret that reaches a log line,
/// an exception message or an interpolated URL shows as "***" instead of its value; <see cref="Reveal"/> is the one
/// deliberate way to read it.
/// </summary>
public sealed class SecretText : IEquatable<SecretText>
{
    private readonly string _value;

    public SecretText(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    public string Reveal() => _value;

    public override string ToString() => "***";

    public bool Equals(SecretText? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SecretText);

    public override int GetHashCode() => _value.GetHashCode(StringComparison.Ordinal);
}
