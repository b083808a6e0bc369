using System.Globalization;
using System.Text.Json;

namespace AsterBot.Simulator.Server.Http;

/// <summary>
/// The fields of one order, from request parameters or from one object of a <c>batchOrders</c> list, read with
/// Aster's error codes: malformed numbers are -1102, malformed booleans -1130.
/// </summary>
public sealed class OrderFields
{
    private readonly Func<string, string?> _get;

    private OrderFields(Func<string, string?> get) => _get = get;

    public static OrderFields From(AsterParameters p) => new(p.Optional);

    /// <summary>One batch item: values may be JSON strings, numbers or booleans.</summary>
    public static OrderFields From(JsonElement item) => new(name =>
        item.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            _ => null,
        } : null);

    public string? Text(string name) => _get(name);

    public decimal? Decimal(string name)
    {
        var text = _get(name);
        if (text is null) return null;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            ? d : throw new AsterErrorException(AsterError.MandatoryMissing(name));
    }

    public bool? Bool(string name)
    {
        var text = _get(name);
        if (text is null) return null;
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        throw new AsterErrorException(AsterError.BadParameter(name));
    }

    /// <summary>An enum in its wire form; unknown text is <paramref name="invalid"/>.</summary>
    public T? Enum<T>(string name, AsterError invalid) where T : struct, System.Enum
    {
        var text = _get(name);
        if (text is null) return null;
        return Json.WireNames.TryParse<T>(text, out var value) ? value : throw new AsterErrorException(invalid);
    }
}
