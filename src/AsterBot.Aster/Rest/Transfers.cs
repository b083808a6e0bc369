using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Rest;

/// <summary>Spot ↔ futures transfer, identical on both hosts.</summary>
internal static class Transfers
{
    public static Task<AsterResult<TransferResult>> SendAsync(AsterRestChannel channel, Endpoint endpoint, string asset, decimal amount,
        TransferDirection direction, string clientTransferId, CancellationToken ct)
    {
        if (amount <= 0)
            return Task.FromResult<AsterResult<TransferResult>>(new AsterError(AsterErrorKind.InvalidRequest, $"Transfer amount {amount} must be positive."));
        if (string.IsNullOrWhiteSpace(clientTransferId) || clientTransferId.Length >= 64)
            return Task.FromResult<AsterResult<TransferResult>>(new AsterError(AsterErrorKind.InvalidRequest, "clientTranId is required and must be shorter than 64 characters."));
        return channel.SendAsync(endpoint, new RequestParameters().Add("amount", amount).Add("asset", asset).Add("clientTranId", clientTransferId)
            .Add("kindType", (TransferDirection?)direction), channel.Json.TransferResult, ct);
    }
}
