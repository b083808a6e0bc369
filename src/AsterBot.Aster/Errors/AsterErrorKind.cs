namespace AsterBot.Aster.Errors;

/// <summary>What went wrong, normalized across Aster's error codes, HTTP statuses and transport failures.</summary>
public enum AsterErrorKind
{
    /// <summary>The API key is unknown, malformed or revoked (-2014, -2015, -1002).</summary>
    BadApiKey,
    /// <summary>The signature did not verify (-1022): wrong secret/signer key, or the wire string was altered.</summary>
    BadSignature,
    /// <summary>Timestamp outside recvWindow (-1021, V1) or nonce rejected (-4225, V3).</summary>
    ClockOrNonce,
    /// <summary>This IP is not whitelisted for the key or route (-1011).</summary>
    IpNotAllowed,
    /// <summary>The key lacks the permission (-4087, -4088).</summary>
    PermissionDenied,
    /// <summary>A symbol filter rejected the order, locally before sending or by the exchange (-1013, -4xxx, -4164 ...).</summary>
    FilterViolation,
    /// <summary>Not enough balance or margin (-2018, -2019, -4050, -4051 ...).</summary>
    InsufficientBalance,
    /// <summary>The order does not exist or is no longer open (-2011, -2013).</summary>
    UnknownOrder,
    /// <summary>The request itself is wrong (bad parameter, symbol, enum ...): fix it, don't retry as is.</summary>
    InvalidRequest,
    /// <summary>Too many requests (HTTP 429, -1003, -1015): back off until <see cref="AsterError.RetryAfter"/>.</summary>
    RateLimited,
    /// <summary>The IP is banned (HTTP 418) until <see cref="AsterError.RetryAfter"/>.</summary>
    Banned,
    /// <summary>
    /// A state-changing request was sent but its result is unknown (HTTP 503, -1007, timeout or dropped connection
    /// after sending). It may have executed: look the order up by client id before retrying.
    /// </summary>
    OutcomeUnknown,
    /// <summary>The exchange failed (HTTP 5xx, -1000, -1001, -1016); a read may be retried.</summary>
    ServerError,
    /// <summary>Nothing was sent (connection refused, DNS) or a safe read failed in transit.</summary>
    NetworkError,
    /// <summary>The response was not the JSON expected (proxy HTML page, truncated or garbage body, wrong shape).</summary>
    MalformedResponse,
}
