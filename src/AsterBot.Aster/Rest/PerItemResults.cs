using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsterBot.Aster.Errors;

namespace AsterBot.Aster.Rest;

/// <summary>
/// Batch endpoints answer with one entry per input, in input order: the item, or <c>{"code":…,"msg":…}</c> for
/// the ones that failed. Each becomes its own result.
/// </summary>
internal static class PerItemResults
{
    public static AsterResult<IReadOnlyList<AsterResult<T>>> Split<T>(AsterResult<JsonElement> raw, JsonTypeInfo<T> type)
    {
        if (!raw.IsSuccess) return raw.Error;
        if (raw.Data.ValueKind != JsonValueKind.Array)
            return new AsterError(AsterErrorKind.MalformedResponse, $"A batch answer must be an array, got {raw.Data.ValueKind}. The orders may have executed: look them up.") { MayHaveExecuted = true };
        var results = new List<AsterResult<T>>(raw.Data.GetArrayLength());
        foreach (var item in raw.Data.EnumerateArray()) results.Add(One(item, type));
        return AsterResult<IReadOnlyList<AsterResult<T>>>.Success(results);
    }

    private static AsterResult<T> One<T>(JsonElement item, JsonTypeInfo<T> type)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("code", out var codeElement) && ReadCode(codeElement) is { } code && code < 0)
        {
            var message = item.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : $"Aster error {code}.";
            return new AsterError(AsterErrorCodes.Classify(code, stateChanging: true), message) { Code = code };
        }
        try
        {
            var value = item.Deserialize(type);
            return value is null ? new AsterError(AsterErrorKind.MalformedResponse, "A batch entry is null.") { MayHaveExecuted = true } : AsterResult<T>.Success(value);
        }
        catch (JsonException ex)
        {
            return new AsterError(AsterErrorKind.MalformedResponse, $"A batch entry does not match {typeof(T).Name}: {ex.Message}") { MayHaveExecuted = true };
        }
    }

    private static int? ReadCode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(element.GetString(), out var s) => s,
        _ => null,
    };
}
