namespace AsterBot.Aster.Errors;

/// <summary>Maps Aster's numeric error codes (API.md §8, a Binance clone) and HTTP statuses to error kinds.</summary>
public static class AsterErrorCodes
{
    public const int TooManyRequests = -1003;
    public const int TooManyOrders = -1015;
    public const int InvalidTimestamp = -1021;

    /// <summary>
    /// Classifies a business error. <paramref name="stateChanging"/> matters for codes meaning "sent, result unknown"
    /// (-1006, -1007): harmless for a read, a possible duplicate for an order.
    /// </summary>
    public static AsterErrorKind Classify(int code, bool stateChanging) => code switch
    {
        -1002 or -2014 or -2015 or -4056 => AsterErrorKind.BadApiKey,
        -1022 => AsterErrorKind.BadSignature,
        -1021 or -4225 => AsterErrorKind.ClockOrNonce,
        -1004 or -1005 or -1011 => AsterErrorKind.IpNotAllowed,
        -4087 or -4088 => AsterErrorKind.PermissionDenied,
        -1003 or -1015 => AsterErrorKind.RateLimited,
        -1006 or -1007 => stateChanging ? AsterErrorKind.OutcomeUnknown : AsterErrorKind.ServerError,
        -1000 or -1001 or -1016 => AsterErrorKind.ServerError,
        -2011 or -2013 => AsterErrorKind.UnknownOrder,
        -2018 or -2019 or -2024 or -4050 or -4051 or -4118 => AsterErrorKind.InsufficientBalance,
        -1013 or -1111 or -4164 or -5060 or -5076 or -4131 => AsterErrorKind.FilterViolation,
        >= -4007 and <= -4001 => AsterErrorKind.FilterViolation,
        -4013 or -4014 or -4016 or -4023 or -4024 or -4029 or -4030 or -4183 or -4184 => AsterErrorKind.FilterViolation,
        _ => AsterErrorKind.InvalidRequest,
    };

    /// <summary>Classifies an HTTP failure whose body carried no Aster code.</summary>
    public static AsterErrorKind ClassifyStatus(int status, bool stateChanging) => status switch
    {
        429 => AsterErrorKind.RateLimited,
        418 => AsterErrorKind.Banned,
        503 => stateChanging ? AsterErrorKind.OutcomeUnknown : AsterErrorKind.ServerError,
        401 => AsterErrorKind.BadApiKey,
        403 => AsterErrorKind.IpNotAllowed, // Aster's WAF answers 403 to blocked origins
        >= 500 => AsterErrorKind.ServerError,
        _ => AsterErrorKind.InvalidRequest,
    };
}
