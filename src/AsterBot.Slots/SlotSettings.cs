using AsterBot.Storage.Model;

namespace AsterBot.Slots;

/// <summary>
/// The non-secret part of a slot. Fees are fractions of the notional (0.0004 = 0.04 %); the CLI also accepts
/// "0.04%". Null fees mean "read the defaults from the commission-rate endpoint when the slot is saved".
/// </summary>
public sealed record SlotSettings
{
    public SlotExchange Exchange { get; init; } = SlotExchange.AsterFutures;
    public string Network { get; init; } = "mainnet";
    public decimal? MakerFee { get; init; }
    public decimal? TakerFee { get; init; }
    /// <summary>Seconds to wait between processing two pairs of this slot.</summary>
    public decimal ProcessingDelaySeconds { get; init; }
    /// <summary>Minimum milliseconds between two requests of this slot.</summary>
    public int RateLimitMs { get; init; }
    /// <summary>Archived slots keep their credentials but do not trade.</summary>
    public bool Archived { get; init; }
    /// <summary>The user explicitly accepts a V3 agent that may withdraw (otherwise the connection test fails).</summary>
    public bool AllowWithdrawals { get; init; }

    /// <summary>The store's typed columns (schema v2) for these settings.</summary>
    public ApiSlotSettings ToStored() => new()
    {
        Exchange = Exchange.ToString(), Network = Network, MakerFee = MakerFee, TakerFee = TakerFee,
        ProcessingDelaySeconds = ProcessingDelaySeconds, RateLimitMs = RateLimitMs, Archived = Archived, AllowWithdrawals = AllowWithdrawals,
    };

    public static SlotSettings FromStored(ApiSlotSettings stored) => new()
    {
        Exchange = Enum.TryParse<SlotExchange>(stored.Exchange, out var exchange) && Enum.IsDefined(exchange) ? exchange
            : throw new SlotInputException($"This slot's stored exchange '{stored.Exchange}' is unknown (written by another program?): set it with `asterbot slots edit LABEL --exchange \"Aster Futures\"`."),
        Network = stored.Network, MakerFee = stored.MakerFee, TakerFee = stored.TakerFee, ProcessingDelaySeconds = stored.ProcessingDelaySeconds,
        RateLimitMs = stored.RateLimitMs, Archived = stored.Archived, AllowWithdrawals = stored.AllowWithdrawals,
    };

    /// <summary>Checks the ranges; throws <see cref="SlotInputException"/> naming the field and the allowed range.</summary>
    public SlotSettings Validated()
    {
        CheckFee(MakerFee, "maker fee");
        CheckFee(TakerFee, "taker fee");
        if (ProcessingDelaySeconds < 0)
            throw new SlotInputException($"The processing delay must be 0 seconds or more; {ProcessingDelaySeconds} was given.");
        if (RateLimitMs < 0)
            throw new SlotInputException($"The rate limit must be 0 milliseconds or more; {RateLimitMs} was given.");
        return this with { Network = SlotNetwork.Normalize(Network) };
    }

    private static void CheckFee(decimal? fee, string name)
    {
        if (fee is < 0m or > 1m)
            throw new SlotInputException($"The {name} must be a fraction between 0 and 1 (0.0004 = 0.04 %); {fee} was given.");
    }
}
