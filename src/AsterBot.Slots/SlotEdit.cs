namespace AsterBot.Slots;

/// <summary>The fields an edit changes; null leaves a field as it is. Keys are changed by UpdateKeysAsync, not here.</summary>
public sealed record SlotEdit
{
    public string? NewLabel { get; init; }
    public SlotExchange? Exchange { get; init; }
    public string? Network { get; init; }
    public decimal? MakerFee { get; init; }
    public decimal? TakerFee { get; init; }
    public decimal? ProcessingDelaySeconds { get; init; }
    public int? RateLimitMs { get; init; }
    public bool? AllowWithdrawals { get; init; }

    public SlotSettings ApplyTo(SlotSettings settings) => settings with
    {
        Exchange = Exchange ?? settings.Exchange,
        Network = Network ?? settings.Network,
        MakerFee = MakerFee ?? settings.MakerFee,
        TakerFee = TakerFee ?? settings.TakerFee,
        ProcessingDelaySeconds = ProcessingDelaySeconds ?? settings.ProcessingDelaySeconds,
        RateLimitMs = RateLimitMs ?? settings.RateLimitMs,
        AllowWithdrawals = AllowWithdrawals ?? settings.AllowWithdrawals,
    };

    /// <summary>Where the slot connects or what its agent must allow changed: the connection must be tested again.</summary>
    public static bool NeedsConnectionTest(SlotSettings before, SlotSettings after) =>
        before.Exchange != after.Exchange || before.Network != after.Network || before.AllowWithdrawals != after.AllowWithdrawals;
}
