namespace AsterBot.Aster.Rest.Futures;

/// <summary>The futures exchange ("Aster Futures"): market data, trading, account, user-data stream keys.</summary>
public sealed class FuturesApi
{
    internal FuturesApi(AsterRestChannel channel)
    {
        Channel = channel;
        Market = new FuturesMarketApi(channel);
        Trading = new FuturesTradingApi(channel);
        Account = new FuturesAccountApi(channel);
        UserStream = new UserStreamApi(channel, FuturesEndpoints.StartListenKey, FuturesEndpoints.KeepAliveListenKey, FuturesEndpoints.CloseListenKey, sendsKey: false);
    }

    /// <summary>The transport: raw calls, dry-run preparation, rate-limit gates.</summary>
    public AsterRestChannel Channel { get; }
    public FuturesMarketApi Market { get; }
    public FuturesTradingApi Trading { get; }
    public FuturesAccountApi Account { get; }
    public UserStreamApi UserStream { get; }
}
