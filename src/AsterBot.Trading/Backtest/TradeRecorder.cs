using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Backtest;

/// <summary>
/// Collects a backtest's fills as report trades, and the blocked or failed orders from the pair's events.
/// Futures PnL is the exchange's realized PnL per fill. Spot has none, so it is computed here on the average cost of
/// the base held (buy fees, paid in base, are valued at the fill price and counted as fees, not as cost), which keeps
/// final equity = initial + realized − fees + unrealized exact.
/// </summary>
internal sealed class TradeRecorder(Market market, string baseAsset) : ITradingEventSink
{
    private readonly List<BacktestTrade> _trades = [];
    private readonly List<string> _blocked = [];
    private decimal _baseHeld, _costBasis;

    public IReadOnlyList<BacktestTrade> Trades => _trades;
    public IReadOnlyList<string> Blocked => _blocked;
    public decimal RealizedPnl { get; private set; }
    public decimal Fees { get; private set; }
    /// <summary>Spot: what the base still held cost (for unrealized PnL).</summary>
    public decimal CostBasis => _costBasis;

    public void OnFill(Fill fill, string reason)
    {
        var feeInQuote = fill.FeeAsset == baseAsset ? fill.Fee * fill.Price : fill.Fee;
        var pnl = market == Market.Futures ? fill.RealizedPnl : SpotPnl(fill);
        RealizedPnl += pnl;
        Fees += feeInQuote;
        _trades.Add(new BacktestTrade(fill.Time, fill.Side, fill.Price, fill.Quantity, feeInQuote, pnl, reason));
    }

    private decimal SpotPnl(Fill fill)
    {
        if (fill.Side == OrderSide.Buy)
        {
            var received = fill.Quantity - (fill.FeeAsset == baseAsset ? fill.Fee : 0);
            _baseHeld += received;
            _costBasis += received * fill.Price;
            return 0;
        }
        if (_baseHeld <= 0) return 0;
        var sold = Math.Min(fill.Quantity, _baseHeld);
        var cost = sold == _baseHeld ? _costBasis : sold * (_costBasis / _baseHeld);
        _baseHeld -= sold;
        _costBasis -= cost;
        return sold * fill.Price - cost;
    }

    public bool Wants(TradingEventKind kind) => kind is TradingEventKind.Blocked or TradingEventKind.Error;

    public void Publish(TradingEvent tradingEvent)
    {
        if (tradingEvent.Kind is TradingEventKind.Blocked or TradingEventKind.Error)
            _blocked.Add($"{DateTimeOffset.FromUnixTimeMilliseconds(tradingEvent.Time):u} {tradingEvent.Message}");
    }
}
