namespace AsterBot.Simulator.Engine.Book;

/// <summary>How a market's accounting (futures or spot) hears about matches. A null order is the synthetic market.</summary>
internal interface ITradeHandler
{
    /// <summary>How much a resting order may fill now (reduce-only orders shrink with the position).</summary>
    decimal MakerCapacity(BookOrder maker);

    /// <summary>A resting order left the book unfilled because it can no longer fill (e.g. reduce-only, no position).</summary>
    void OnMakerExpired(BookOrder maker);

    /// <summary>One fill. A filled-out maker has already left the book.</summary>
    void OnTrade(BookOrder? taker, BookOrder? maker, decimal price, decimal quantity);
}
