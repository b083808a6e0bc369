using AsterBot.Aster.Models;

namespace AsterBot.Slots;

/// <summary>The two Aster venues a slot can trade: "Aster" (spot) and "Aster Futures" (perpetuals).</summary>
public enum SlotExchange
{
    Aster,
    AsterFutures,
}

public static class SlotExchanges
{
    public static string DisplayName(this SlotExchange exchange) => exchange == SlotExchange.Aster ? "Aster" : "Aster Futures";

    public static Market Market(this SlotExchange exchange) => exchange == SlotExchange.Aster ? Aster.Models.Market.Spot : Aster.Models.Market.Futures;

    /// <summary>Accepts the display names case-insensitively (and "futures"/"spot" as shorthands).</summary>
    public static SlotExchange Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "aster" or "spot" or "aster spot" => SlotExchange.Aster,
        "aster futures" or "asterfutures" or "futures" => SlotExchange.AsterFutures,
        _ => throw new SlotInputException($"Unknown exchange '{text}': use \"Aster\" (spot) or \"Aster Futures\" (perpetuals)."),
    };
}
