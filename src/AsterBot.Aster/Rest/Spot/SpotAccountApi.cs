using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using E = AsterBot.Aster.Rest.SpotEndpoints;

namespace AsterBot.Aster.Rest.Spot;

/// <summary>Spot account: balances, fees, ledger, transfers to and from futures.</summary>
public sealed class SpotAccountApi
{
    private readonly AsterRestChannel _channel;

    internal SpotAccountApi(AsterRestChannel channel) => _channel = channel;

    public Task<AsterResult<SpotAccount>> GetAccountAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.Account, null, _channel.Json.SpotAccount, ct);

    public Task<AsterResult<CommissionRate>> GetCommissionRateAsync(string symbol, CancellationToken ct = default) =>
        _channel.SendAsync(E.CommissionRate, new RequestParameters().Add("symbol", symbol), _channel.Json.CommissionRate, ct);

    public Task<AsterResult<IReadOnlyList<SpotTransaction>>> GetTransactionHistoryAsync(string? asset = null, SpotTransactionType? type = null,
        long? startTime = null, long? endTime = null, int? limit = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.TransactionHistory, new RequestParameters().Add("asset", asset).Add("type", type).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", limit), _channel.Json.IReadOnlyListSpotTransaction, ct);

    public Task<AsterResult<TransferResult>> TransferAsync(string asset, decimal amount, TransferDirection direction, string clientTransferId, CancellationToken ct = default) =>
        Transfers.SendAsync(_channel, E.Transfer, asset, amount, direction, clientTransferId, ct);
}
