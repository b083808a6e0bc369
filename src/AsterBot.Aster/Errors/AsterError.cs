namespace AsterBot.Aster.Errors;

/// <summary>
/// A failed call, normalized. <see cref="Code"/> and <see cref="Message"/> are Aster's own (when it answered);
/// messages never contain signatures, keys or secrets.
/// </summary>
public sealed record AsterError(AsterErrorKind Kind, string Message)
{
    /// <summary>Aster's error code (e.g. -2019), or null when the failure was not an Aster business error.</summary>
    public int? Code { get; init; }

    /// <summary>HTTP status of the response, or null when none arrived.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>How long to wait before trying again (Retry-After header, or the local gate's estimate).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The local filter that refused an order, for <see cref="AsterErrorKind.FilterViolation"/> raised here.</summary>
    public string? Filter { get; init; }

    /// <summary>
    /// True when the request changed state or may have (always for <see cref="AsterErrorKind.OutcomeUnknown"/>; also
    /// for an unreadable answer to an order): look the order up by its client id before retrying, never resend blindly.
    /// </summary>
    public bool MayHaveExecuted
    {
        get => _mayHaveExecuted || Kind == AsterErrorKind.OutcomeUnknown;
        init => _mayHaveExecuted = value;
    }

    private readonly bool _mayHaveExecuted;

    public override string ToString()
    {
        var code = Code is { } c ? $" (code {c})" : "";
        var http = HttpStatus is { } h ? $" [HTTP {h}]" : "";
        var retry = RetryAfter is { } r ? $" retry after {r.TotalSeconds:0.###} s" : "";
        return $"{Kind}{code}{http}: {Message}{retry}";
    }
}
