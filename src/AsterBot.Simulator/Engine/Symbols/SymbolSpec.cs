using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Symbols;

/// <summary>
/// A tradable symbol with the rules from Aster's exchangeInfo. Decimals keep the scale of their source text
/// ("0.00010" stays scale 5) and <see cref="ExchangeInfoJson"/> is the original entry, so output can match Aster.
/// </summary>
public sealed class SymbolSpec
{
    public required string Symbol { get; init; }
    public required Market Market { get; init; }
    public required string BaseAsset { get; init; }
    public required string QuoteAsset { get; init; }
    public required string Status { get; init; }
    public required int PricePrecision { get; init; }
    public required int QuantityPrecision { get; init; }

    public decimal MinPrice { get; init; }
    public decimal MaxPrice { get; init; }
    private readonly decimal _tickSize;
    private readonly int _tickDecimals = -1;

    public decimal TickSize
    {
        get => _tickSize;
        init
        {
            _tickSize = value;
            _tickDecimals = DecimalsOfPowerOfTen(value);
        }
    }
    public decimal MinQty { get; init; }
    public decimal MaxQty { get; init; }
    public decimal StepSize { get; init; }
    public decimal MarketMinQty { get; init; }
    public decimal MarketMaxQty { get; init; }
    public decimal MarketStepSize { get; init; }
    public int MaxNumOrders { get; init; } = 200;
    public int MaxNumAlgoOrders { get; init; } = 10;
    public decimal MinNotional { get; init; }

    /// <summary>PERCENT_PRICE: futures against the mark price, spot against the index price; 0 = off.</summary>
    public decimal MultiplierUp { get; init; }
    public decimal MultiplierDown { get; init; }

    /// <summary>Futures only: max |mark − last| / mark for priceProtect triggers.</summary>
    public decimal TriggerProtect { get; init; }
    public decimal LiquidationFee { get; init; }
    /// <summary>Futures only: a MARKET order stops filling beyond mark × (1 ± bound).</summary>
    public decimal MarketTakeBound { get; init; }

    public IReadOnlyList<LeverageBracket> Brackets { get; init; } = [];
    public IReadOnlyList<OrderType> OrderTypes { get; init; } = [];
    public IReadOnlyList<TimeInForce> TimeInForces { get; init; } = [];

    /// <summary>The symbol's exchangeInfo object exactly as captured from Aster.</summary>
    public required string ExchangeInfoJson { get; init; }

    /// <summary>Decimal places of the tick size text: the scale Aster prints prices with.</summary>
    public int PriceScale => TickSize.Scale;
    public int QuantityScale => StepSize.Scale;

    /// <summary>Whether exchangeInfo lists this order type (a loop, not LINQ: it runs for every order).</summary>
    public bool Supports(OrderType type)
    {
        for (var i = 0; i < OrderTypes.Count; i++)
            if (OrderTypes[i] == type) return true;
        return false;
    }

    public int MaxLeverage => Brackets.Count == 0 ? 1 : Brackets[0].MaxLeverage;

    public LeverageBracket BracketFor(decimal notional)
    {
        for (var i = 0; i < Brackets.Count; i++)
            if (notional <= Brackets[i].NotionalCap) return Brackets[i];
        return Brackets[^1];
    }

    /// <summary>The largest position notional allowed at a leverage (the cap of the last tier that allows it).</summary>
    public decimal MaxNotionalAt(int leverage)
    {
        var cap = 0m;
        for (var i = 0; i < Brackets.Count; i++)
            if (Brackets[i].MaxLeverage >= leverage) cap = Brackets[i].NotionalCap;
        return cap;
    }

    public decimal RoundPriceDown(decimal price) => RoundToTick(price, MidpointRounding.ToNegativeInfinity);
    public decimal RoundPriceUp(decimal price) => RoundToTick(price, MidpointRounding.ToPositiveInfinity);

    /// <summary>
    /// Every market move rounds its price. Ticks are almost always a power of ten (0.1, "0.0001000"): rounding
    /// to that many decimals is several times cheaper than dividing by the tick. The value is the same either
    /// way; only the scale may differ (prices are printed with <see cref="PriceScale"/>, not their own scale).
    /// </summary>
    private decimal RoundToTick(decimal price, MidpointRounding direction)
    {
        if (_tickDecimals >= 0) return price.Scale <= _tickDecimals ? price : Math.Round(price, _tickDecimals, direction);
        if (_tickSize == 0) return price;
        var ticks = price / _tickSize;
        return (direction == MidpointRounding.ToNegativeInfinity ? Math.Floor(ticks) : Math.Ceiling(ticks)) * _tickSize;
    }

    /// <summary>n when <paramref name="step"/> is 10^-n (0.001 or "0.0010" → 3), else −1.</summary>
    private static int DecimalsOfPowerOfTen(decimal step)
    {
        for (var n = 0; n <= 28; n++)
            if (step == new decimal(1, 0, 0, false, (byte)n)) return n;
        return -1;
    }
    public decimal RoundQtyDown(decimal qty) => StepSize == 0 ? qty : Math.Floor(qty / StepSize) * StepSize;

    public override string ToString() => $"{Market} {Symbol}";
}
