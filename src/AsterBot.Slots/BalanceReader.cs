using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;

namespace AsterBot.Slots;

/// <summary>The signed balance read of either market, as non-zero <see cref="BalanceLine"/>s.</summary>
internal static class BalanceReader
{
    public static async Task<AsterResult<IReadOnlyList<BalanceLine>>> ReadAsync(AsterClient client, Market market, CancellationToken ct)
    {
        if (market == Market.Futures)
        {
            var futures = await client.Futures.Account.GetBalancesAsync(ct);
            return futures.Map<IReadOnlyList<BalanceLine>>(list =>
                list.Where(b => b.Balance != 0m).Select(b => new BalanceLine(b.Asset, b.Balance, b.AvailableBalance)).ToList());
        }
        var spot = await client.Spot.Account.GetAccountAsync(ct);
        return spot.Map<IReadOnlyList<BalanceLine>>(account =>
            account.Balances.Where(b => b.Free + b.Locked != 0m).Select(b => new BalanceLine(b.Asset, b.Free + b.Locked, b.Free)).ToList());
    }
}
