using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using E = AsterBot.Aster.Rest.FuturesEndpoints;

namespace AsterBot.Aster.Rest.Futures;

/// <summary>Futures account: balances, positions, settings (leverage, margin, position mode), ledger, transfers, V3 agent/builder.</summary>
public sealed class FuturesAccountApi
{
    private readonly AsterRestChannel _channel;

    internal FuturesAccountApi(AsterRestChannel channel) => _channel = channel;

    /// <summary>Wallet balances per asset (V1 /fapi/v2/balance, V3 /fapi/v3/balance).</summary>
    public Task<AsterResult<IReadOnlyList<FuturesBalance>>> GetBalancesAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.Balance, null, _channel.Json.IReadOnlyListFuturesBalance, ct);

    /// <summary>Totals, assets and a line per symbol (V1 /fapi/v4/account, V3 /fapi/v3/accountWithJoinMargin).</summary>
    public Task<AsterResult<FuturesAccount>> GetAccountAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.Account, null, _channel.Json.FuturesAccount, ct);

    public Task<AsterResult<IReadOnlyList<PositionRisk>>> GetPositionsAsync(string? symbol = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.PositionRisk, new RequestParameters().Add("symbol", symbol), _channel.Json.IReadOnlyListPositionRisk, ct);

    public Task<AsterResult<LeverageChange>> SetLeverageAsync(string symbol, int leverage, CancellationToken ct = default) =>
        leverage is < 1 or > 125
            ? Task.FromResult<AsterResult<LeverageChange>>(new AsterError(AsterErrorKind.InvalidRequest, $"Leverage {leverage} is out of range: use 1 to 125 (and within the symbol's brackets)."))
            : _channel.SendAsync(E.SetLeverage, new RequestParameters().Add("symbol", symbol).Add("leverage", (long)leverage), _channel.Json.LeverageChange, ct);

    public Task<AsterResult<Acknowledgement>> SetMarginTypeAsync(string symbol, MarginType marginType, CancellationToken ct = default) =>
        _channel.SendAsync(E.SetMarginType, new RequestParameters().Add("symbol", symbol).Add("marginType", (MarginType?)marginType), _channel.Json.Acknowledgement, ct);

    /// <summary>Adds or removes margin of an isolated position.</summary>
    public Task<AsterResult<PositionMarginResult>> ModifyPositionMarginAsync(string symbol, decimal amount, PositionMarginChange change,
        PositionSide? positionSide = null, CancellationToken ct = default) =>
        amount <= 0
            ? Task.FromResult<AsterResult<PositionMarginResult>>(new AsterError(AsterErrorKind.InvalidRequest, "The margin amount must be positive; choose Add or Reduce for the direction."))
            : _channel.SendAsync(E.PositionMargin, new RequestParameters().Add("symbol", symbol).Add("positionSide", positionSide).Add("amount", amount)
                .Add("type", (long)change), _channel.Json.PositionMarginResult, ct);

    public Task<AsterResult<IReadOnlyList<PositionMarginHistoryEntry>>> GetPositionMarginHistoryAsync(string symbol, PositionMarginChange? change = null,
        long? startTime = null, long? endTime = null, int? limit = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.PositionMarginHistory, new RequestParameters().Add("symbol", symbol).Add("type", (long?)change).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", limit), _channel.Json.IReadOnlyListPositionMarginHistoryEntry, ct);

    /// <summary>Hedge mode (true: LONG and SHORT positions) or one-way (false).</summary>
    public Task<AsterResult<Acknowledgement>> SetPositionModeAsync(bool hedgeMode, CancellationToken ct = default) =>
        _channel.SendAsync(E.SetPositionMode, new RequestParameters().Add("dualSidePosition", hedgeMode), _channel.Json.Acknowledgement, ct);

    public Task<AsterResult<PositionModeSetting>> GetPositionModeAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.GetPositionMode, null, _channel.Json.PositionModeSetting, ct);

    public Task<AsterResult<Acknowledgement>> SetMultiAssetsModeAsync(bool enabled, CancellationToken ct = default) =>
        _channel.SendAsync(E.SetMultiAssetsMode, new RequestParameters().Add("multiAssetsMargin", enabled), _channel.Json.Acknowledgement, ct);

    public Task<AsterResult<MultiAssetsModeSetting>> GetMultiAssetsModeAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.GetMultiAssetsMode, null, _channel.Json.MultiAssetsModeSetting, ct);

    /// <summary>V3: the default self-trade prevention mode for new orders.</summary>
    public Task<AsterResult<StpModeSetting>> GetStpModeAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.GetStpMode, null, _channel.Json.StpModeSetting, ct);

    /// <summary>V3: sets the default self-trade prevention mode.</summary>
    public async Task<AsterResult<bool>> SetStpModeAsync(SelfTradePreventionMode mode, CancellationToken ct = default) =>
        (await _channel.SendAsync(E.SetStpMode, new RequestParameters().Add("stpMode", (SelfTradePreventionMode?)mode), _channel.Json.JsonElement, ct)
            .ConfigureAwait(false)).Map(_ => true);

    /// <summary>Auto-deleverage queue position of the account's positions (all symbols, or one).</summary>
    public Task<AsterResult<IReadOnlyList<AdlQuantile>>> GetAdlQuantilesAsync(string? symbol = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.AdlQuantile, new RequestParameters().Add("symbol", symbol), _channel.Json.IReadOnlyListAdlQuantile, ct);

    /// <summary>Leverage brackets of every symbol.</summary>
    public Task<AsterResult<IReadOnlyList<SymbolLeverageBrackets>>> GetLeverageBracketsAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.LeverageBracket, null, _channel.Json.IReadOnlyListSymbolLeverageBrackets, ct);

    /// <summary>Leverage brackets of one symbol (the exchange answers an object, not a list, when a symbol is given).</summary>
    public Task<AsterResult<SymbolLeverageBrackets>> GetLeverageBracketsAsync(string symbol, CancellationToken ct = default) =>
        _channel.SendAsync(E.LeverageBracket, new RequestParameters().Add("symbol", symbol), _channel.Json.SymbolLeverageBrackets, ct);

    public Task<AsterResult<CommissionRate>> GetCommissionRateAsync(string symbol, CancellationToken ct = default) =>
        _channel.SendAsync(E.CommissionRate, new RequestParameters().Add("symbol", symbol), _channel.Json.CommissionRate, ct);

    /// <summary>Ledger: realized PnL, funding, commission, transfers … (last 7 days by default).</summary>
    public Task<AsterResult<IReadOnlyList<IncomeEntry>>> GetIncomeAsync(string? symbol = null, IncomeType? incomeType = null, long? startTime = null,
        long? endTime = null, int? limit = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.Income, new RequestParameters().Add("symbol", symbol).Add("incomeType", incomeType).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", limit), _channel.Json.IReadOnlyListIncomeEntry, ct);

    /// <summary>Moves funds between the spot and futures wallets. <paramref name="clientTransferId"/> makes a retry safe (unique for 7 days).</summary>
    public Task<AsterResult<TransferResult>> TransferAsync(string asset, decimal amount, TransferDirection direction, string clientTransferId, CancellationToken ct = default) =>
        Transfers.SendAsync(_channel, E.Transfer, asset, amount, direction, clientTransferId, ct);

    /// <summary>V3: the API wallets (agents) of the account with their permissions and IP whitelist.</summary>
    public Task<AsterResult<IReadOnlyList<AgentInfo>>> GetAgentsAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.Agents, null, _channel.Json.IReadOnlyListAgentInfo, ct);

    /// <summary>V3: the builders (broker-fee recipients) the account approved.</summary>
    public Task<AsterResult<IReadOnlyList<BuilderApproval>>> GetBuildersAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.Builders, null, _channel.Json.IReadOnlyListBuilderApproval, ct);
}
