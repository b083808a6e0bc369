namespace AsterBot.Simulator.Engine.Views;

public sealed record AccountView(long Id, string WalletAddress);

public sealed record AccountSnapshot(
    long Id, string WalletAddress, FuturesAccountView Futures, SpotAccountView Spot,
    IReadOnlyList<FuturesOrderView> OpenFuturesOrders, IReadOnlyList<SpotOrderView> OpenSpotOrders);

/// <summary>The whole simulator state (for /sim/state): time, every market's prices, every account.</summary>
public sealed record EngineSnapshot(
    long Time, long NextFundingTime, IReadOnlyList<MarketSnapshot> Markets, IReadOnlyList<AccountSnapshot> Accounts,
    decimal InsuranceFundBalance);
