using AsterBot.Aster.Errors;

namespace AsterBot.Aster.Rest.Requests;

/// <summary>The shape checks a spot and a futures order share, and how a found problem becomes an error.</summary>
internal static class OrderRequestChecks
{
    /// <summary>What every order needs whatever its market: a symbol and, when set, a well-formed client id.</summary>
    public static string? CommonProblem(string symbol, string? newClientOrderId) =>
        string.IsNullOrWhiteSpace(symbol) ? "symbol is required." : ClientOrderId.Problem(newClientOrderId);

    /// <param name="kind">How the message names the order ("Order", "Spot order"), so the user knows which one failed.</param>
    public static AsterError? ToError(string kind, string symbol, string? problem) =>
        problem is null ? null : new AsterError(AsterErrorKind.InvalidRequest, $"{kind} for {symbol}: {problem}");
}
