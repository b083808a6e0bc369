using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Markets;

/// <summary>
/// Everything about one symbol of one market: its book, prices, candles, trades and waiting conditional orders.
/// Index = the outside market price (price process or admin); last = last trade or market move; mark = the
/// last price smoothed by <see cref="EngineOptions.MarkPriceSmoothing"/> (futures).
/// </summary>
internal sealed class MarketState
{
    public MarketState(int index, SymbolSpec spec, decimal price, EngineOptions options, EventHub events)
    {
        Index = index;
        Spec = spec;
        Book = new OrderBook(spec, options.Liquidity, events);
        Process = new PriceProcess(options.Seed, spec.Symbol, options.VolatilityPerSqrtHour);
        Candles = new CandleSeries(options.KlineHistoryMinutes);
        IndexPrice = MarkPrice = LastPrice = price;
        FundingRate = options.InterestRate;
        Book.Recenter(price);
    }

    public int Index { get; }
    public SymbolSpec Spec { get; }
    public OrderBook Book { get; }
    public PriceProcess Process { get; }
    public CandleSeries Candles { get; }
    public TradeTape Trades { get; } = new();
    public List<FundingRateView> FundingHistory { get; } = [];

    /// <summary>Conditional orders waiting for their trigger (STOP*, TAKE_PROFIT*, TRAILING_STOP_MARKET).</summary>
    public List<BookOrder> Triggers { get; } = [];

    /// <summary>Futures positions of any account open on this symbol (amount or isolated wallet not zero).</summary>
    public int OpenPositions { get; set; }

    public decimal IndexPrice { get; set; }
    public decimal MarkPrice { get; set; }
    public decimal LastPrice { get; set; }
    public decimal FundingRate { get; set; }
    /// <summary>When an admin fixed the funding rate, it is not recomputed from the premium.</summary>
    public decimal? FundingRateOverride { get; set; }
    public long NextTradeId { get; set; } = 1;

    public string Symbol => Spec.Symbol;
}
