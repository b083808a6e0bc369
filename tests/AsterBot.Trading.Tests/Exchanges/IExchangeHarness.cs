using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>
/// One exchange under contract test with the levers a test needs: a fresh account (10,000 USDT in the market under
/// test), the market price, and the exchange's clock.
/// </summary>
public interface IExchangeHarness : IAsyncDisposable
{
    IExchange Exchange { get; }

    /// <summary>Moves the market (index and last price) of <paramref name="symbol"/> to <paramref name="price"/>.</summary>
    void SetPrice(string symbol, decimal price);

    /// <summary>Moves the exchange's clock forward.</summary>
    void AdvanceTime(TimeSpan by);
}

/// <summary>Starts harnesses for one implementation of <see cref="IExchange"/>.</summary>
public interface IExchangeHarnessFactory
{
    Task<IExchangeHarness> StartAsync(Market market);
}
