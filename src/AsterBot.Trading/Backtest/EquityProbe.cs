using AsterBot.Aster.Models;

namespace AsterBot.Trading.Backtest;

/// <summary>
/// Equity at every candle close without asking the engine each time: the wallet and position are re-read only when
/// a fill or a funding time may have changed them; in between, equity = wallet + position × (close − entry)
/// (futures, mark = last price in backtests) or cash + base × close (spot).
/// </summary>
internal sealed class EquityProbe(BacktestSession session, Market market)
{
    private const long FundingIntervalMs = 8 * 3_600_000L;
    private int _tradesSeen = -1;
    private long _fundingBucket = long.MinValue;
    private decimal _wallet, _quantity, _entry;

    /// <summary>Re-reads the account when needed; true when new trades happened since the last call.</summary>
    public bool Refresh(int trades, long time)
    {
        var bucket = time / FundingIntervalMs;
        var traded = trades != _tradesSeen && _tradesSeen >= 0;
        if (trades == _tradesSeen && bucket == _fundingBucket) return false;
        _tradesSeen = trades;
        _fundingBucket = bucket;
        var account = session.Exchange.GetAccountAsync().Result;
        if (!account.IsSuccess) throw new BacktestException($"The account could not be read during the backtest: {account.Error}");
        _wallet = account.Data.WalletBalance;
        var position = account.Data.Position(session.Filters.Symbol);
        _quantity = position?.Quantity ?? 0;
        _entry = position?.EntryPrice ?? 0;
        return traded;
    }

    public decimal At(decimal close) =>
        market == Market.Futures ? _wallet + _quantity * (close - _entry) : _wallet + _quantity * close;
}
