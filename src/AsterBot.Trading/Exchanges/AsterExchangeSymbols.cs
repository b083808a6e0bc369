using System.Collections.Concurrent;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// The symbols a live exchange was asked about: filters and assets from exchangeInfo, fetched once per symbol
/// (filters change rarely; a restart picks changes up). Spot account valuation walks <see cref="Known"/>.
/// </summary>
internal sealed class AsterExchangeSymbols(AsterClient client, Market market)
{
    public const string DefaultQuoteAsset = "USDT";

    private readonly ConcurrentDictionary<string, ListedSymbol> _known = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ListedSymbol> Known => _known.Values;

    public async ValueTask<AsterResult<SymbolFilters>> GetAsync(string symbol, CancellationToken ct)
    {
        if (_known.TryGetValue(symbol, out var cached)) return AsterResult<SymbolFilters>.Success(cached.Filters);
        var listed = market == Market.Futures ? await FindFuturesAsync(symbol, ct).ConfigureAwait(false) : await FindSpotAsync(symbol, ct).ConfigureAwait(false);
        if (!listed.IsSuccess) return listed.Error;
        if (listed.Data is not { } found)
            return new AsterError(AsterErrorKind.InvalidRequest,
                $"Symbol '{symbol}' is not listed on Aster {(market == Market.Futures ? "futures" : "spot")}; check the spelling (e.g. BTCUSDT) and the market.");
        _known[found.Symbol] = found;
        return AsterResult<SymbolFilters>.Success(found.Filters);
    }

    private async ValueTask<AsterResult<ListedSymbol?>> FindFuturesAsync(string symbol, CancellationToken ct) =>
        (await client.Futures.Market.GetExchangeInfoAsync(ct).ConfigureAwait(false)).Map(info =>
            info.Symbols.FirstOrDefault(s => s.Symbol.Equals(symbol, StringComparison.OrdinalIgnoreCase)) is { } s
                ? new ListedSymbol(s.Symbol, s.BaseAsset, s.QuoteAsset, SymbolFilters.From(s)) : null);

    private async ValueTask<AsterResult<ListedSymbol?>> FindSpotAsync(string symbol, CancellationToken ct) =>
        (await client.Spot.Market.GetExchangeInfoAsync(ct).ConfigureAwait(false)).Map(info =>
            info.Symbols.FirstOrDefault(s => s.Symbol.Equals(symbol, StringComparison.OrdinalIgnoreCase)) is { } s
                ? new ListedSymbol(s.Symbol, s.BaseAsset, s.QuoteAsset, SymbolFilters.From(s)) : null);
}

internal sealed record ListedSymbol(string Symbol, string BaseAsset, string QuoteAsset, SymbolFilters Filters);
