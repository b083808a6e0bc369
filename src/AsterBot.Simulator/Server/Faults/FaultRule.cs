using System.Text.RegularExpressions;

namespace AsterBot.Simulator.Server.Faults;

/// <summary>The misbehaviours the simulator can inject to test a client's resilience.</summary>
public enum FaultKind
{
    /// <summary>Answer normally after <see cref="FaultRule.DelayMs"/>.</summary>
    Latency,

    /// <summary>Accept the request and never answer until the client gives up (bounded by <see cref="FaultRule.DelayMs"/>, then 503).</summary>
    Timeout,

    /// <summary>Answer with <see cref="FaultRule.Status"/> (default 500) without executing the request.</summary>
    ServerError,

    /// <summary>Execute the request, then answer 503 "execution status unknown": the client must look the order up.</summary>
    ExecutedThen503,

    /// <summary>Answer 429 (-1003) without executing, as during a burst of rate limiting.</summary>
    RateLimitBurst,

    /// <summary>Drop a WebSocket connection (matched against the WS path) instead of sending a message.</summary>
    WebSocketDrop,

    /// <summary>Expire the caller's listen key before handling a listen-key request (keepalive then fails with -1125).</summary>
    ListenKeyExpiry,
}

/// <summary>
/// One fault: requests whose path matches <see cref="Path"/> (a glob where <c>*</c> matches anything) and, when
/// set, whose method is <see cref="Method"/>, suffer <see cref="Kind"/> with probability <see cref="Probability"/>.
/// </summary>
public sealed record FaultRule(string Path, FaultKind Kind, double Probability = 1.0, int DelayMs = 0, int Status = 500, string? Method = null)
{
    private Regex? _regex;

    public bool Matches(string method, string path)
    {
        if (Method is not null && !Method.Equals(method, StringComparison.OrdinalIgnoreCase)) return false;
        _regex ??= new Regex("^" + Regex.Escape(Path).Replace("\\*", ".*") + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        return _regex.IsMatch(path);
    }

    /// <summary>Why this rule cannot be used, or null when it is valid.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Path) ? "path is required (a glob such as /fapi/*/order)"
        : Probability is < 0 or > 1 || double.IsNaN(Probability) ? "probability must be between 0 and 1"
        : DelayMs < 0 ? "delayMs must not be negative"
        : Kind == FaultKind.ServerError && Status is < 500 or > 599 ? "status must be a 5xx code"
        : null;
}
