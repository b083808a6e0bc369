using static AsterBot.Aster.Rest.Endpoint;
using static AsterBot.Aster.Rest.EndpointSecurity;

namespace AsterBot.Aster.Rest;

/// <summary>Every spot endpoint the client calls, with its V1 and V3 paths and weight (API.md §6).</summary>
public static class SpotEndpoints
{
    public static readonly Endpoint Ping = Get("/api/v1/ping", "/api/v3/ping", None, 1);
    public static readonly Endpoint Time = Get("/api/v1/time", "/api/v3/time", None, 1);
    public static readonly Endpoint ExchangeInfo = Get("/api/v1/exchangeInfo", "/api/v3/exchangeInfo", None, 1);
    public static readonly Endpoint Depth = Get("/api/v1/depth", "/api/v3/depth", None, 5);
    public static readonly Endpoint Trades = Get("/api/v1/trades", "/api/v3/trades", None, 1);
    public static readonly Endpoint HistoricalTrades = Get("/api/v1/historicalTrades", "/api/v3/historicalTrades", MarketData, 20);
    public static readonly Endpoint AggTrades = Get("/api/v1/aggTrades", "/api/v3/aggTrades", None, 20);
    public static readonly Endpoint Klines = Get("/api/v1/klines", "/api/v3/klines", None, 1);
    public static readonly Endpoint Ticker24h = Get("/api/v1/ticker/24hr", "/api/v3/ticker/24hr", None, 1);
    public static readonly Endpoint TickerPrice = Get("/api/v1/ticker/price", "/api/v3/ticker/price", None, 1);
    public static readonly Endpoint BookTicker = Get("/api/v1/ticker/bookTicker", "/api/v3/ticker/bookTicker", None, 1);

    public static readonly Endpoint NewOrder = Post("/api/v1/order", "/api/v3/order", Signed, 1, order: true);
    public static readonly Endpoint QueryOrder = Get("/api/v1/order", "/api/v3/order", Signed, 1);
    public static readonly Endpoint CancelOrder = Delete("/api/v1/order", "/api/v3/order", Signed, 1);
    public static readonly Endpoint OpenOrder = Get("/api/v1/openOrder", "/api/v3/openOrder", Signed, 1);
    public static readonly Endpoint OpenOrders = Get("/api/v1/openOrders", "/api/v3/openOrders", Signed, 1);
    public static readonly Endpoint CancelAllOpenOrders = Delete("/api/v1/allOpenOrders", "/api/v3/allOpenOrders", Signed, 1);
    public static readonly Endpoint AllOrders = Get("/api/v1/allOrders", "/api/v3/allOrders", Signed, 5);
    public static readonly Endpoint UserTrades = Get("/api/v1/userTrades", "/api/v3/userTrades", Signed, 5);
    public static readonly Endpoint Noop = Post(null, "/api/v3/noop", Signed, 1);

    public static readonly Endpoint Account = Get("/api/v1/account", "/api/v3/account", Signed, 5);
    public static readonly Endpoint CommissionRate = Get("/api/v1/commissionRate", "/api/v3/commissionRate", Signed, 20);
    public static readonly Endpoint TransactionHistory = Get("/api/v1/transactionHistory", "/api/v3/transactionHistory", Signed, 30);
    public static readonly Endpoint Transfer = Post("/api/v1/asset/wallet/transfer", "/api/v3/asset/wallet/transfer", Signed, 5);

    public static readonly Endpoint StartListenKey = Post("/api/v1/listenKey", "/api/v3/listenKey", UserStream, 1);
    public static readonly Endpoint KeepAliveListenKey = Put("/api/v1/listenKey", "/api/v3/listenKey", UserStream, 1);
    public static readonly Endpoint CloseListenKey = Delete("/api/v1/listenKey", "/api/v3/listenKey", UserStream, 1);
}
