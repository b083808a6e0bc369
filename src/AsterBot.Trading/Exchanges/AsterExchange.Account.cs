using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Exchanges;

public sealed partial class AsterExchange
{
    public ValueTask<AsterResult<AccountSnapshot>> GetAccountAsync(CancellationToken ct = default) =>
        Market == Market.Futures ? GetFuturesAccountAsync(ct) : GetSpotAccountAsync(ct);

    private async ValueTask<AsterResult<AccountSnapshot>> GetFuturesAccountAsync(CancellationToken ct)
    {
        var account = await _client.Futures.Account.GetAccountAsync(ct).ConfigureAwait(false);
        return account.Map(a => new AccountSnapshot(a.TotalWalletBalance, a.TotalMarginBalance, a.AvailableBalance,
            a.Positions.Where(p => p.PositionAmt != 0)
                .Select(p => new PositionSnapshot(p.Symbol, p.PositionAmt, p.EntryPrice, p.UnrealizedProfit, p.Leverage))
                .ToList()));
    }

    /// <summary>
    /// Spot has no positions: the base balance of every symbol this exchange was asked about is the position, valued
    /// at the last price; cash is the quote asset (free + locked), of which the free part is available.
    /// </summary>
    private async ValueTask<AsterResult<AccountSnapshot>> GetSpotAccountAsync(CancellationToken ct)
    {
        var account = await _client.Spot.Account.GetAccountAsync(ct).ConfigureAwait(false);
        if (!account.IsSuccess) return account.Error;
        var balances = account.Data.Balances.ToDictionary(b => b.Asset, StringComparer.OrdinalIgnoreCase);
        var quoteAsset = _symbols.Known.FirstOrDefault()?.QuoteAsset ?? AsterExchangeSymbols.DefaultQuoteAsset;
        balances.TryGetValue(quoteAsset, out var quote);
        var cash = (quote?.Free ?? 0) + (quote?.Locked ?? 0);
        var equity = cash;
        var positions = new List<PositionSnapshot>();
        foreach (var symbol in _symbols.Known)
        {
            if (!balances.TryGetValue(symbol.BaseAsset, out var held) || held.Free + held.Locked == 0) continue;
            var price = await _client.Spot.Market.GetPriceAsync(symbol.Symbol, ct).ConfigureAwait(false);
            if (!price.IsSuccess) return price.Error;
            var quantity = held.Free + held.Locked;
            equity += quantity * price.Data.Price;
            positions.Add(new PositionSnapshot(symbol.Symbol, quantity, 0, 0, 1));
        }
        return AsterResult<AccountSnapshot>.Success(new AccountSnapshot(cash, equity, quote?.Free ?? 0, positions));
    }
}
