namespace AsterBot.Simulator.Engine.Requests;

/// <summary>An account to create. Fee rates default to <see cref="EngineOptions"/>'s.</summary>
public sealed record AccountSpec
{
    /// <summary>The account's id; 0 = next free id.</summary>
    public long Id { get; init; }
    /// <summary>The wallet address the account belongs to (V3 identity); free text for V1-only accounts.</summary>
    public string WalletAddress { get; init; } = "";
    public IReadOnlyDictionary<string, decimal> FuturesBalances { get; init; } = new Dictionary<string, decimal>();
    public IReadOnlyDictionary<string, decimal> SpotBalances { get; init; } = new Dictionary<string, decimal>();
    public decimal? FuturesMakerRate { get; init; }
    public decimal? FuturesTakerRate { get; init; }
    public decimal? SpotMakerRate { get; init; }
    public decimal? SpotTakerRate { get; init; }
}
