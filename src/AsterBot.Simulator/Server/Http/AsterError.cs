using System.Net;

namespace AsterBot.Simulator.Server.Http;

/// <summary>
/// An error as Aster reports it: <c>{"code":-1121,"msg":"Invalid symbol."}</c> with an HTTP status. As on Binance,
/// whose gateway Aster cloned: key problems (-2014 format, -2015 unknown key / IP / permission) are 401; everything
/// else the client can fix in the request (validation, -1021 timestamp, -1022 signature, -4225 nonce) is 400;
/// rate limits 429/418. Clients must read <c>code</c> from the body whatever the status.
/// </summary>
public sealed record AsterError(int Code, string Message, HttpStatusCode Status = HttpStatusCode.BadRequest)
{
    public static AsterError MandatoryMissing(string name) =>
        new(-1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");

    public static AsterError BadParameter(string name) =>
        new(-1130, $"Data sent for parameter '{name}' is not valid.");

    public static readonly AsterError InvalidSymbol = new(-1121, "Invalid symbol.");
    public static readonly AsterError BadApiKeyFormat = new(-2014, "API-key format invalid.", HttpStatusCode.Unauthorized);
    public static readonly AsterError RejectedKey = new(-2015, "Invalid API-key, IP, or permissions for action.", HttpStatusCode.Unauthorized);
    public static readonly AsterError InvalidSignature = new(-1022, "Signature for this request is not valid.");
    public static readonly AsterError OutsideRecvWindow = new(-1021, "Timestamp for this request is outside of the recvWindow.");
    public static readonly AsterError NonceExpired = new(-4225, "Nonce Expired");
    public static readonly AsterError NonceReused = new(-4225, "Nonce has already been used.");
    public static readonly AsterError UnknownRoute = new(-1020, "This operation is not supported.", HttpStatusCode.NotFound);
    public static readonly AsterError InvalidListenKey = new(-1125, "This listenKey does not exist.");
}

/// <summary>Thrown anywhere below an endpoint to answer with an Aster error; caught by the request pipeline.</summary>
public sealed class AsterErrorException(AsterError error) : Exception(error.Message)
{
    public AsterError Error { get; } = error;
}
