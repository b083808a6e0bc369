using static AsterBot.Aster.Rest.Endpoint;
using static AsterBot.Aster.Rest.EndpointSecurity;

namespace AsterBot.Aster.Rest;

/// <summary>Every futures endpoint the client calls, with its V1 and V3 paths and weight (API.md §5).</summary>
public static class FuturesEndpoints
{
    public static readonly Endpoint Ping = Get("/fapi/v1/ping", "/fapi/v3/ping", None, 1);
    public static readonly Endpoint Time = Get("/fapi/v1/time", "/fapi/v3/time", None, 1);
    public static readonly Endpoint ExchangeInfo = Get("/fapi/v1/exchangeInfo", "/fapi/v3/exchangeInfo", None, 1);
    public static readonly Endpoint Depth = Get("/fapi/v1/depth", "/fapi/v3/depth", None, 2);
    public static readonly Endpoint Trades = Get("/fapi/v1/trades", "/fapi/v3/trades", None, 1);
    public static readonly Endpoint HistoricalTrades = Get("/fapi/v1/historicalTrades", "/fapi/v3/historicalTrades", MarketData, 20);
    public static readonly Endpoint AggTrades = Get("/fapi/v1/aggTrades", "/fapi/v3/aggTrades", None, 20);
    public static readonly Endpoint Klines = Get("/fapi/v1/klines", "/fapi/v3/klines", None, 1);
    public static readonly Endpoint MarkPriceKlines = Get("/fapi/v1/markPriceKlines", "/fapi/v3/markPriceKlines", None, 1);
    public static readonly Endpoint IndexPriceKlines = Get("/fapi/v1/indexPriceKlines", "/fapi/v3/indexPriceKlines", None, 1);
    public static readonly Endpoint PremiumIndex = Get("/fapi/v1/premiumIndex", "/fapi/v3/premiumIndex", None, 1);
    public static readonly Endpoint FundingRate = Get("/fapi/v1/fundingRate", "/fapi/v3/fundingRate", None, 1);
    public static readonly Endpoint FundingInfo = Get("/fapi/v1/fundingInfo", "/fapi/v3/fundingInfo", None, 1);
    public static readonly Endpoint Ticker24h = Get("/fapi/v1/ticker/24hr", "/fapi/v3/ticker/24hr", None, 1);
    public static readonly Endpoint TickerPrice = Get("/fapi/v1/ticker/price", "/fapi/v3/ticker/price", None, 1);
    public static readonly Endpoint BookTicker = Get("/fapi/v1/ticker/bookTicker", "/fapi/v3/ticker/bookTicker", None, 1);

    public static readonly Endpoint NewOrder = Post("/fapi/v1/order", "/fapi/v3/order", Signed, 1, order: true);
    /// <summary>Validates and signs like a new order without placing it (undocumented, used by Aster's demos).</summary>
    public static readonly Endpoint TestOrder = Post("/fapi/v1/order/test", "/fapi/v3/order/test", Signed, 1);
    public static readonly Endpoint BatchOrders = Post("/fapi/v1/batchOrders", "/fapi/v3/batchOrders", Signed, 5, order: true);
    public static readonly Endpoint QueryOrder = Get("/fapi/v1/order", "/fapi/v3/order", Signed, 1);
    public static readonly Endpoint CancelOrder = Delete("/fapi/v1/order", "/fapi/v3/order", Signed, 1);
    public static readonly Endpoint ModifyOrder = Put(null, "/fapi/v3/order", Signed, 1, order: true);
    public static readonly Endpoint CancelAllOpenOrders = Delete("/fapi/v1/allOpenOrders", "/fapi/v3/allOpenOrders", Signed, 1);
    public static readonly Endpoint CancelBatchOrders = Delete("/fapi/v1/batchOrders", "/fapi/v3/batchOrders", Signed, 1);
    public static readonly Endpoint CountdownCancelAll = Post("/fapi/v1/countdownCancelAll", "/fapi/v3/countdownCancelAll", Signed, 10);
    public static readonly Endpoint OpenOrder = Get("/fapi/v1/openOrder", "/fapi/v3/openOrder", Signed, 1);
    public static readonly Endpoint OpenOrders = Get("/fapi/v1/openOrders", "/fapi/v3/openOrders", Signed, 1);
    public static readonly Endpoint AllOrders = Get("/fapi/v1/allOrders", "/fapi/v3/allOrders", Signed, 5);
    public static readonly Endpoint UserTrades = Get("/fapi/v1/userTrades", "/fapi/v3/userTrades", Signed, 5);
    public static readonly Endpoint Noop = Post(null, "/fapi/v3/noop", Signed, 1);

    public static readonly Endpoint SetPositionMode = Post("/fapi/v1/positionSide/dual", "/fapi/v3/positionSide/dual", Signed, 1);
    public static readonly Endpoint GetPositionMode = Get("/fapi/v1/positionSide/dual", "/fapi/v3/positionSide/dual", Signed, 30);
    public static readonly Endpoint SetMultiAssetsMode = Post("/fapi/v1/multiAssetsMargin", "/fapi/v3/multiAssetsMargin", Signed, 1);
    public static readonly Endpoint GetMultiAssetsMode = Get("/fapi/v1/multiAssetsMargin", "/fapi/v3/multiAssetsMargin", Signed, 30);
    public static readonly Endpoint GetStpMode = Get(null, "/fapi/v3/stpMode", Signed, 30);
    public static readonly Endpoint SetStpMode = Post(null, "/fapi/v3/stpMode", Signed, 1);
    public static readonly Endpoint AdlQuantile = Get("/fapi/v1/adlQuantile", "/fapi/v3/adlQuantile", Signed, 5);
    public static readonly Endpoint SetLeverage = Post("/fapi/v1/leverage", "/fapi/v3/leverage", Signed, 1);
    public static readonly Endpoint SetMarginType = Post("/fapi/v1/marginType", "/fapi/v3/marginType", Signed, 1);
    public static readonly Endpoint PositionMargin = Post("/fapi/v1/positionMargin", "/fapi/v3/positionMargin", Signed, 1);
    public static readonly Endpoint PositionMarginHistory = Get("/fapi/v1/positionMargin/history", "/fapi/v3/positionMargin/history", Signed, 1);
    public static readonly Endpoint Balance = Get("/fapi/v2/balance", "/fapi/v3/balance", Signed, 5);
    public static readonly Endpoint Account = Get("/fapi/v4/account", "/fapi/v3/accountWithJoinMargin", Signed, 5);
    public static readonly Endpoint PositionRisk = Get("/fapi/v2/positionRisk", "/fapi/v3/positionRisk", Signed, 5);
    public static readonly Endpoint Income = Get("/fapi/v1/income", "/fapi/v3/income", Signed, 30);
    public static readonly Endpoint LeverageBracket = Get("/fapi/v1/leverageBracket", "/fapi/v3/leverageBracket", Signed, 1);
    public static readonly Endpoint CommissionRate = Get("/fapi/v1/commissionRate", "/fapi/v3/commissionRate", Signed, 20);
    public static readonly Endpoint Transfer = Post("/fapi/v1/asset/wallet/transfer", "/fapi/v3/asset/wallet/transfer", Signed, 5);
    public static readonly Endpoint Agents = Get(null, "/fapi/v3/agent", Signed, 1);
    public static readonly Endpoint Builders = Get(null, "/fapi/v3/builder", Signed, 1);

    public static readonly Endpoint StartListenKey = Post("/fapi/v1/listenKey", "/fapi/v3/listenKey", UserStream, 1);
    public static readonly Endpoint KeepAliveListenKey = Put("/fapi/v1/listenKey", "/fapi/v3/listenKey", UserStream, 1);
    public static readonly Endpoint CloseListenKey = Delete("/fapi/v1/listenKey", "/fapi/v3/listenKey", UserStream, 1);
}
