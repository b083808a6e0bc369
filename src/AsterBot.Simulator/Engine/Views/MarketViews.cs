using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Views;

public readonly record struct PriceQuantity(decimal Price, decimal Quantity);

public sealed record DepthView(long LastUpdateId, long Time, IReadOnlyList<PriceQuantity> Bids, IReadOnlyList<PriceQuantity> Asks);

public readonly record struct PublicTradeView(long Id, decimal Price, decimal Qty, decimal QuoteQty, long Time, bool IsBuyerMaker);

public sealed record KlineView(
    long OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, long CloseTime,
    decimal QuoteVolume, int TradeCount, decimal TakerBuyBaseVolume, decimal TakerBuyQuoteVolume);

/// <summary>premiumIndex: prices and funding of a futures symbol.</summary>
public sealed record MarkPriceView(
    string Symbol, decimal MarkPrice, decimal IndexPrice, decimal EstimatedSettlePrice, decimal LastFundingRate,
    decimal InterestRate, long NextFundingTime, long Time);

public sealed record FundingRateView(string Symbol, decimal FundingRate, long FundingTime, decimal MarkPrice);

public sealed record BookTickerView(string Symbol, decimal BidPrice, decimal BidQty, decimal AskPrice, decimal AskQty, long UpdateId, long Time);

public sealed record Ticker24hView(
    string Symbol, decimal PriceChange, decimal PriceChangePercent, decimal WeightedAvgPrice, decimal LastPrice,
    decimal OpenPrice, decimal HighPrice, decimal LowPrice, decimal Volume, decimal QuoteVolume, long OpenTime,
    long CloseTime, int Count);

/// <summary>One market's prices for the admin state.</summary>
public sealed record MarketSnapshot(
    Market Market, string Symbol, decimal LastPrice, decimal IndexPrice, decimal MarkPrice, decimal FundingRate,
    decimal BestBid, decimal BestAsk, int RestingOrders, long UpdateId);
