using System.Globalization;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Strategies.Indicators;

namespace AsterBot.Trading.Strategies.EmaCross;

/// <summary>
/// Two EMAs of the close. At the close of candle t (counted from 0, checked once t ≥ slow): fast crossing above slow
/// (fast_t &gt; slow_t after fast_{t−1} ≤ slow_{t−1}) targets long; crossing below targets short (spot: flat).
/// Optional ATR stop: with atr-stop = k, a position exits (target flat) when a candle closes k × ATR beyond its entry
/// side (entry = the close the decision was taken at); the next cross re-enters.
/// </summary>
public sealed class EmaCrossStrategy : IStrategy
{
    private readonly Ema _fast, _slow;
    private readonly Atr? _atr;
    private readonly decimal _atrMultiple, _risk;
    private readonly int _leverage;
    private long _index = -1;
    private int _previousOrder; // sign of fast − slow at the previous close
    private PositionTarget _held = PositionTarget.Flat;
    private decimal _stop;

    public EmaCrossStrategy(StrategyParameters parameters)
    {
        _fast = new Ema(parameters.Integer(EmaCrossDefinition.Fast));
        _slow = new Ema(parameters.Integer(EmaCrossDefinition.Slow));
        _risk = parameters[EmaCrossDefinition.Risk];
        _leverage = parameters.Integer(EmaCrossDefinition.Leverage);
        _atrMultiple = parameters[EmaCrossDefinition.AtrStop];
        if (_atrMultiple > 0) _atr = new Atr(parameters.Integer(EmaCrossDefinition.AtrPeriod));
    }

    public void OnCandle(in Candle candle, StrategyContext context)
    {
        _index++;
        _fast.Update(candle.Close);
        _slow.Update(candle.Close);
        var order = _fast.CompareTo(_slow);
        _atr?.Update(candle.High, candle.Low, candle.Close);
        if (_index >= _slow.Period)
        {
            if (order > 0 && _previousOrder <= 0) Enter(PositionTarget.Long, candle, context, "EMA fast crossed above slow");
            else if (order < 0 && _previousOrder >= 0)
                Enter(context.Market == Market.Spot ? PositionTarget.Flat : PositionTarget.Short, candle, context, "EMA fast crossed below slow");
            else if (_atr is not null && StopHit(candle.Close)) Exit(candle, context);
        }
        _previousOrder = order;
    }

    private void Enter(PositionTarget target, in Candle candle, StrategyContext context, string reason)
    {
        _held = target;
        if (_atr is not null)
            _stop = target == PositionTarget.Long ? candle.Close - _atrMultiple * _atr.Value
                : target == PositionTarget.Short ? candle.Close + _atrMultiple * _atr.Value : 0;
        context.SetTarget(target, _risk, _leverage, Key("x", candle), reason);
    }

    private bool StopHit(decimal close) =>
        (_held == PositionTarget.Long && close <= _stop) || (_held == PositionTarget.Short && close >= _stop);

    private void Exit(in Candle candle, StrategyContext context)
    {
        var reason = $"ATR stop {_stop.ToString("0.########", CultureInfo.InvariantCulture)} hit";
        _held = PositionTarget.Flat;
        context.SetTarget(PositionTarget.Flat, _risk, _leverage, Key("s", candle), reason);
    }

    /// <summary>The decision key: the candle's open time, so a replayed decision gets the same client order ids.</summary>
    private static string Key(string kind, in Candle candle) => string.Create(CultureInfo.InvariantCulture, $"{kind}{candle.OpenTime}");
}
