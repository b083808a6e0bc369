using System.Globalization;

namespace AsterBot.Simulator.Server.Http;

/// <summary>
/// A request's parameters as Aster reads them: from the query string and the form body, the query winning when a
/// name appears in both (GET: query only). The raw texts are kept because signatures cover the bytes as received.
/// </summary>
public sealed class AsterParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public AsterParameters(string rawQuery, string rawBody)
    {
        RawQuery = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        RawBody = rawBody;
        // Body first, then query, so the query overwrites: Aster's documented precedence.
        foreach (var (name, value) in Split(RawBody)) _values[name] = value;
        foreach (var (name, value) in Split(RawQuery)) _values[name] = value;
    }

    public string RawQuery { get; }

    public string RawBody { get; }

    public IReadOnlyDictionary<string, string> All => _values;

    public bool Has(string name) => _values.TryGetValue(name, out var v) && v.Length > 0;

    public string? Optional(string name) => _values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    public string Required(string name) => Optional(name) ?? throw new AsterErrorException(AsterError.MandatoryMissing(name));

    public decimal? OptionalDecimal(string name)
    {
        var text = Optional(name);
        if (text is null) return null;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new AsterErrorException(AsterError.BadParameter(name));
    }

    public decimal RequiredDecimal(string name) =>
        OptionalDecimal(name) ?? throw new AsterErrorException(AsterError.MandatoryMissing(name));

    public long? OptionalLong(string name)
    {
        var text = Optional(name);
        if (text is null) return null;
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw new AsterErrorException(AsterError.BadParameter(name));
    }

    public long RequiredLong(string name) =>
        OptionalLong(name) ?? throw new AsterErrorException(AsterError.MandatoryMissing(name));

    public int? OptionalInt(string name)
    {
        var value = OptionalLong(name);
        if (value is null) return null;
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new AsterErrorException(AsterError.BadParameter(name));
    }

    public bool? OptionalBool(string name)
    {
        var text = Optional(name);
        if (text is null) return null;
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        throw new AsterErrorException(AsterError.BadParameter(name));
    }

    /// <summary>Splits an <c>application/x-www-form-urlencoded</c> string into decoded name/value pairs, in order.</summary>
    public static IEnumerable<(string Name, string Value)> Split(string encoded)
    {
        foreach (var part in encoded.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            yield return (Decode(name), Decode(value));
        }
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}
