using System.Globalization;
using System.Text;
using AsterBot.Aster.Json;

namespace AsterBot.Aster.Rest;

/// <summary>
/// Business parameters URL-encoded in insertion order: the string built here is the string signed and sent.
/// Decimals are written invariant and exactly as given (1.10m stays "1.10", never an exponent); booleans lowercase;
/// enums by wire name. Null values are skipped, so optional parameters can be passed straight through.
/// </summary>
public sealed class RequestParameters
{
    private readonly StringBuilder _text = new(128);

    public bool IsEmpty => _text.Length == 0;

    public RequestParameters Add(string name, string? value)
    {
        if (value is null) return this;
        StartParameter(name);
        AppendEscaped(value);
        return this;
    }

    public RequestParameters Add(string name, decimal? value)
    {
        if (value is not { } v) return this;
        StartParameter(name);
        _text.Append(CultureInfo.InvariantCulture, $"{v}");
        return this;
    }

    public RequestParameters Add(string name, long? value)
    {
        if (value is not { } v) return this;
        StartParameter(name);
        _text.Append(CultureInfo.InvariantCulture, $"{v}");
        return this;
    }

    public RequestParameters Add(string name, bool? value)
    {
        if (value is not { } v) return this;
        StartParameter(name);
        _text.Append(v ? "true" : "false");
        return this;
    }

    public RequestParameters Add<T>(string name, T? value) where T : struct, Enum
    {
        if (value is not { } v) return this;
        StartParameter(name);
        _text.Append(WireNames<T>.Of(v));
        return this;
    }

    public override string ToString() => _text.ToString();

    private void StartParameter(string name)
    {
        if (_text.Length > 0) _text.Append('&');
        _text.Append(name).Append('=');
    }

    /// <summary>Escapes only when needed: symbols, ids and numbers are usually plain and go in without copying.</summary>
    private void AppendEscaped(string value)
    {
        if (value.AsSpan().ContainsAnyExcept(Unreserved)) _text.Append(Uri.EscapeDataString(value));
        else _text.Append(value);
    }

    private static readonly System.Buffers.SearchValues<char> Unreserved =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
}
