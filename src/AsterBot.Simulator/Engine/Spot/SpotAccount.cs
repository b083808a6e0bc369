using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Spot;

/// <summary>Spot balances (free and locked per asset), orders, trades and the ledger of one account.</summary>
internal sealed class SpotAccount(long id, decimal makerRate, decimal takerRate) : IOrderOwner<SpotOrder>
{
    public sealed class Balance
    {
        public decimal Free;
        public decimal Locked;
    }

    public long Id { get; } = id;
    public decimal MakerRate = makerRate;
    public decimal TakerRate = takerRate;
    public long UpdateTime;
    public SortedDictionary<string, Balance> Balances { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SpotOrder> OpenByClientId { get; } = new(StringComparer.Ordinal);
    public List<SpotOrder> OpenOrders { get; } = [];
    public List<SpotOrder> Orders { get; } = [];
    public List<SpotTradeView> Trades { get; } = [];
    public List<SpotTransactionView> Transactions { get; } = [];

    public Balance Of(string asset)
    {
        if (!Balances.TryGetValue(asset, out var balance)) Balances[asset] = balance = new Balance();
        return balance;
    }

    public decimal Free(string asset) => Balances.TryGetValue(asset, out var b) ? b.Free : 0;
}
