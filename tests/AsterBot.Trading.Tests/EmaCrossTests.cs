using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Strategies;
using AsterBot.Trading.Strategies.EmaCross;
using AsterBot.Trading.Strategies.Indicators;

namespace AsterBot.Trading.Tests;

/// <summary>ema-cross exactly as the issue defines it, against hand-computed values.</summary>
public sealed class EmaCrossTests
{
    [Fact]
    public void Ema_uses_alpha_two_over_n_plus_one_seeded_with_the_first_value()
    {
        var ema = new Ema(3); // alpha = 0.5
        Assert.Equal([10m, 10.5m, 11.25m, 12.125m], new[] { 10m, 11m, 12m, 13m }.Select(x => { ema.Update(x); return ema.Value; }));
    }

    [Fact]
    public void Atr_uses_wilder_smoothing_seeded_with_the_first_range()
    {
        var atr = new Atr(2);
        Assert.Equal(2m, atr.Update(11m, 9m, 10m));   // first: high − low
        Assert.Equal(3m, atr.Update(14m, 12m, 13m));  // TR = max(2, |14 − 10|, |12 − 10|) = 4; (2 + 4) / 2
    }

    private static (List<SetTarget> Targets, StrategyContext Context) Run(Market market, params decimal[] closes)
    {
        var (definition, parameters) = StrategyCatalog.Resolve("ema-cross", market, null,
            new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "3" });
        var strategy = definition.Create(parameters);
        var context = new StrategyContext("BTCUSDT", market, new SymbolFilters { Symbol = "BTCUSDT", Market = market }, KlineInterval.OneMinute, parameters);
        var targets = new List<SetTarget>();
        for (var t = 0; t < closes.Length; t++)
        {
            strategy.OnCandle(new Candle(t * 60_000L, closes[t], closes[t], closes[t], closes[t], 1, t * 60_000L + 59_999), context);
            targets.AddRange(context.Actions.Cast<SetTarget>());
            context.ClearActions();
        }
        return (targets, context);
    }

    [Fact]
    public void Crosses_up_then_down_give_long_then_short_keyed_by_the_candle()
    {
        // fast (α = 2/3), slow (α = 1/2): t=4 close 13 → fast 12 > slow 11.5 after 10 ≤ 10: long.
        // t=5 close 7 → fast 8.67 < slow 9.25 after 12 ≥ 11.5: short.
        var (targets, _) = Run(Market.Futures, 10, 10, 10, 10, 13, 7);
        Assert.Equal([PositionTarget.Long, PositionTarget.Short], targets.Select(t => t.Target));
        Assert.Equal(["x240000", "x300000"], targets.Select(t => t.Key));
        Assert.Equal((0.1m, 2), (targets[0].Risk, targets[0].Leverage));
    }

    [Fact]
    public void A_cross_before_t_equals_slow_is_ignored()
    {
        // t=2 (< slow = 3): fast 12 > slow 11.5 after equality, but too early; t=3 is no new cross.
        var (targets, _) = Run(Market.Futures, 10, 10, 13, 13);
        Assert.Empty(targets);
    }

    [Fact]
    public void On_spot_the_cross_down_sells_to_flat()
    {
        var (targets, _) = Run(Market.Spot, 10, 10, 10, 10, 13, 7);
        Assert.Equal([PositionTarget.Long, PositionTarget.Flat], targets.Select(t => t.Target));
    }

    [Fact]
    public void Atr_stop_exits_when_a_close_falls_k_atrs_below_the_entry_close()
    {
        var (definition, parameters) = StrategyCatalog.Resolve("ema-cross", Market.Futures, null,
            new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "3", ["atr-stop"] = "1", ["atr-period"] = "2" });
        var strategy = definition.Create(parameters);
        var context = new StrategyContext("BTCUSDT", Market.Futures, new SymbolFilters { Symbol = "BTCUSDT", Market = Market.Futures }, KlineInterval.OneMinute, parameters);
        // Flat candles (ATR 0) then a jump to 13 with range 2 → ATR (0 + 3)/2 = 1.5 (TR = |13 − 10|): stop = 13 − 1.5 = 11.5.
        var candles = new[] { (10m, 10m, 10m), (10m, 10m, 10m), (10m, 10m, 10m), (10m, 10m, 10m), (13m, 11m, 13m), (13m, 12m, 12m), (12m, 11m, 11.5m) };
        var actions = new List<SetTarget>();
        for (var t = 0; t < candles.Length; t++)
        {
            var (h, l, c) = candles[t];
            strategy.OnCandle(new Candle(t * 60_000L, c, h, l, c, 1, t * 60_000L + 59_999), context);
            actions.AddRange(context.Actions.Cast<SetTarget>());
            context.ClearActions();
        }
        Assert.Equal([PositionTarget.Long, PositionTarget.Flat], actions.Select(a => a.Target));
        Assert.Equal("ATR stop 11.5 hit", actions[1].Reason);
    }

    [Fact]
    public void Tiers_set_risk_and_leverage_and_overrides_win()
    {
        var (_, high) = StrategyCatalog.Resolve("ema-cross", Market.Futures, "high", new Dictionary<string, string>());
        Assert.Equal((0.25m, 10), (high["risk"], high.Integer("leverage")));
        var (_, mixed) = StrategyCatalog.Resolve("ema-cross", Market.Futures, "low", new Dictionary<string, string> { ["leverage"] = "3" });
        Assert.Equal((0.1m, 3), (mixed["risk"], mixed.Integer("leverage")));
    }

    [Theory]
    [InlineData("fast=26", "slow=26", "fast (26) must be below slow (26)")]
    [InlineData("fast=30", "slow=20", "fast (30) must be below slow (20)")]
    [InlineData("fast=1.5", "slow=20", "must be a whole number")]
    [InlineData("speed=3", "slow=20", "Valid parameters: fast, slow, risk, leverage, atr-stop, atr-period")]
    public void Impossible_parameters_are_refused_with_what_to_fix(string first, string second, string expected)
    {
        var overrides = new[] { first, second }.Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var error = Assert.Throws<StrategyConfigException>(() => StrategyCatalog.Resolve("ema-cross", Market.Futures, null, overrides));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_unknown_strategy_lists_the_valid_ones()
    {
        var error = Assert.Throws<StrategyConfigException>(() => StrategyCatalog.Resolve("moon", Market.Futures, null, new Dictionary<string, string>()));
        Assert.Contains("ema-cross", error.Message);
        Assert.Contains("signal", error.Message);
    }
}
