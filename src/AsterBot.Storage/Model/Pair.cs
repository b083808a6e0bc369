using AsterBot.Aster.Models;

namespace AsterBot.Storage.Model;

/// <summary>A symbol traded through one slot with its strategy and that strategy's JSON configuration.</summary>
public sealed record Pair(long Id, OwnerId Owner, long SlotId, Market Market, string Symbol, string Strategy, string ConfigJson,
    bool Enabled, long CreatedAtMs, long UpdatedAtMs);

public sealed record NewPair(long SlotId, Market Market, string Symbol, string Strategy, string ConfigJson, bool Enabled);
