using AsterBot.Simulator.Engine.Futures;
using AsterBot.Simulator.Engine.Spot;

namespace AsterBot.Simulator.Engine.Accounts;

/// <summary>A user of the simulated exchange: one wallet address with a futures and a spot account.</summary>
internal sealed class Account(long id, string walletAddress, FuturesAccount futures, SpotAccount spot)
{
    public long Id { get; } = id;
    public string WalletAddress { get; } = walletAddress;
    public FuturesAccount Futures { get; } = futures;
    public SpotAccount Spot { get; } = spot;
    /// <summary>clientTranIds of transfers (Aster: unique for 7 days; the simulator keeps them all).</summary>
    public HashSet<string> TransferIds { get; } = new(StringComparer.Ordinal);
}
