using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using AsterBot.Aster.Errors;

namespace AsterBot.Aster.Rest;

/// <summary>
/// Turns an HTTP answer into data or a normalized error. Aster sends business errors with any status, so the body's
/// top-level <c>code</c> is always read; <c>{"code":200}</c> / <c>{"code":"200"}</c> acknowledgements are success.
/// </summary>
public static partial class ResponseInterpreter
{
    private const int ExcerptLength = 160;

    /// <summary>Finds an error in the answer, or null when the body is a success payload to deserialize.</summary>
    public static AsterError? FindError(int status, ReadOnlySpan<byte> body, bool stateChanging, TimeSpan? retryAfter)
    {
        // Status codes that describe the connection's standing win over any body.
        if (status == 418)
            return new AsterError(AsterErrorKind.Banned, "The exchange banned this IP (HTTP 418) after repeated rate-limit violations.") { HttpStatus = status, RetryAfter = retryAfter, Code = ReadCode(body).Code };
        if (status == 429)
        {
            var (code, msg) = ReadCode(body);
            return new AsterError(AsterErrorKind.RateLimited, msg ?? "Too many requests (HTTP 429).") { HttpStatus = status, RetryAfter = retryAfter, Code = code };
        }
        if (status == 503)
        {
            // Aster's documented meaning: sent, but no reply from the matching engine in time.
            var (code, msg) = ReadCode(body);
            return stateChanging
                ? new AsterError(AsterErrorKind.OutcomeUnknown,
                    (msg ?? "The exchange accepted the request but did not answer in time (HTTP 503).") + " The request may have executed: look the order up by its client id before retrying.")
                    { HttpStatus = status, Code = code, RetryAfter = retryAfter }
                : new AsterError(AsterErrorKind.ServerError, msg ?? "The exchange is unavailable (HTTP 503); retry later.") { HttpStatus = status, Code = code, RetryAfter = retryAfter };
        }

        var (errorCode, message, wellFormed) = ReadCodeChecked(body);
        if (!wellFormed)
            return new AsterError(AsterErrorKind.MalformedResponse, $"The response is not valid JSON (HTTP {status}): \"{Excerpt(body)}\"" +
                                                                    (stateChanging ? " The request may have executed: look it up before retrying." : ""))
                { HttpStatus = status, RetryAfter = retryAfter, MayHaveExecuted = stateChanging };
        if (errorCode is { } c && c < 0)
            return new AsterError(AsterErrorCodes.Classify(c, stateChanging), message ?? $"Aster error {c}.") { Code = c, HttpStatus = status, RetryAfter = retryAfter };
        if (status is < 200 or > 299)
            return new AsterError(AsterErrorCodes.ClassifyStatus(status, stateChanging), message ?? $"HTTP {status} with body \"{Excerpt(body)}\".")
                { Code = errorCode, HttpStatus = status, RetryAfter = retryAfter };
        return null;
    }

    /// <summary>Deserializes a success body; a shape mismatch is a <see cref="AsterErrorKind.MalformedResponse"/>.</summary>
    public static AsterResult<T> Parse<T>(int status, ReadOnlySpan<byte> body, JsonTypeInfo<T> type, bool stateChanging)
    {
        try
        {
            var value = JsonSerializer.Deserialize(body, type);
            return value is null
                ? new AsterError(AsterErrorKind.MalformedResponse, $"The response body is JSON null where {typeof(T).Name} was expected.") { HttpStatus = status, MayHaveExecuted = stateChanging }
                : AsterResult<T>.Success(value);
        }
        catch (JsonException ex)
        {
            return new AsterError(AsterErrorKind.MalformedResponse,
                $"The response does not match {FriendlyName(typeof(T))}: {ex.Message} Body starts: \"{Excerpt(body)}\"" +
                (stateChanging ? " The request may have executed: look it up before retrying." : "")) { HttpStatus = status, MayHaveExecuted = stateChanging };
        }
    }

    /// <summary>A short, single-line, secret-free start of a body for error messages.</summary>
    public static string Excerpt(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, ExcerptLength * 2)]);
        text = Whitespace().Replace(text, " ").Trim();
        text = SecretParameter().Replace(text, "$1=***");
        return text.Length > ExcerptLength ? text[..ExcerptLength] + "…" : text;
    }

    private static (int? Code, string? Message) ReadCode(ReadOnlySpan<byte> body)
    {
        var (code, msg, _) = ReadCodeChecked(body);
        return (code, msg);
    }

    /// <summary>Reads the top-level <c>code</c> and <c>msg</c> of an object body (code as number or string) and checks the whole body is valid JSON.</summary>
    private static (int? Code, string? Message, bool WellFormed) ReadCodeChecked(ReadOnlySpan<byte> body)
    {
        int? code = null;
        string? message = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read()) return (null, null, false);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return (null, null, !reader.Read());
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code");
                var isMessage = reader.ValueTextEquals("msg");
                reader.Read();
                if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n)) code = n;
                else if (isCode && reader.TokenType == JsonTokenType.String && int.TryParse(reader.GetString(), out var s)) code = s;
                else if (isMessage && reader.TokenType == JsonTokenType.String) message = reader.GetString();
                else reader.Skip();
            }
            if (reader.TokenType != JsonTokenType.EndObject) return (code, message, false);
            return (code, message, !reader.Read());
        }
        catch (JsonException)
        {
            return (null, null, false);
        }
    }

    private static string FriendlyName(Type type) =>
        type.IsGenericType ? $"a list of {type.GetGenericArguments()[0].Name}" : type.Name;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Proxies sometimes echo the request line; never let a signature or key out through an error message.
    [GeneratedRegex(@"(signature|apiKey|api_key|secret|signerKey|privateKey)=[^&\s""']*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretParameter();
}
