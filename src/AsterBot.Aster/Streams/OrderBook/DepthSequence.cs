using AsterBot.Aster.Models;

namespace AsterBot.Aster.Streams.OrderBook;

internal enum DiffFit
{
    /// <summary>Already contained in the book (older than the snapshot, or a duplicate): skip it.</summary>
    Stale,
    /// <summary>The next diff in sequence: apply it.</summary>
    Applies,
    /// <summary>Something is missing between the book and this diff: resync.</summary>
    Gap,
}

/// <summary>
/// Aster's sequencing rules for depth diffs (API.md §7.2/§7.3). Futures: after a snapshot with id L, skip
/// u &lt; L, the first applied diff has U ≤ L ≤ u, then each diff's pu equals the previous u. Spot (Binance-spot
/// rule): skip u ≤ L, the first has U ≤ L+1 ≤ u, then U equals the previous u + 1.
/// </summary>
internal static class DepthSequence
{
    public static DiffFit Fit(Market market, bool firstAfterSnapshot, long bookId, long firstId, long finalId, long previousFinalId)
    {
        if (firstAfterSnapshot)
        {
            if (market == Market.Futures)
                return finalId < bookId ? DiffFit.Stale : firstId <= bookId && bookId <= finalId ? DiffFit.Applies : DiffFit.Gap;
            return finalId <= bookId ? DiffFit.Stale : firstId <= bookId + 1 && bookId + 1 <= finalId ? DiffFit.Applies : DiffFit.Gap;
        }
        // A diff we already applied shows up again when a rotated connection overlaps the old one.
        if (finalId <= bookId) return DiffFit.Stale;
        var chained = market == Market.Futures ? previousFinalId == bookId : firstId == bookId + 1;
        return chained ? DiffFit.Applies : DiffFit.Gap;
    }
}
