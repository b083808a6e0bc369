namespace AsterBot.Aster.Rest.Spot;

/// <summary>The spot exchange ("Aster"): market data, trading, account, user-data stream keys.</summary>
public sealed class SpotApi
{
    internal SpotApi(AsterRestChannel channel)
    {
        Channel = channel;
        Market = new SpotMarketApi(channel);
        Trading = new SpotTradingApi(channel);
        Account = new SpotAccountApi(channel);
        UserStream = new UserStreamApi(channel, SpotEndpoints.StartListenKey, SpotEndpoints.KeepAliveListenKey, SpotEndpoints.CloseListenKey, sendsKey: true);
    }

    /// <summary>The transport: raw calls, dry-run preparation, rate-limit gates.</summary>
    public AsterRestChannel Channel { get; }
    public SpotMarketApi Market { get; }
    public SpotTradingApi Trading { get; }
    public SpotAccountApi Account { get; }
    public UserStreamApi UserStream { get; }
}
