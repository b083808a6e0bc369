using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;
using static AsterBot.Simulator.Server.Http.Answers;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>
/// <c>POST /fapi/v1/countdownCancelAll</c>: a dead-man switch. Unless renewed within <c>countdownTime</c> ms, every
/// open order of the symbol is cancelled; 0 disarms it. Timers run on the simulator clock.
/// </summary>
public sealed class CountdownCancelAll(SimulatorEngine engine, TimeProvider clock)
{
    private readonly Dictionary<(long Account, string Symbol), ITimer> _armed = [];

    public void Map(RouteBuilder routes, SimulatorState state) =>
        routes.Futures("POST", "countdownCancelAll", Security.Trade, Permission.PerpTrade, 10, r =>
        {
            var spec = r.Params.RequireSymbol(state, Market.Futures);
            var countdown = r.Params.RequiredLong("countdownTime");
            if (countdown < 0) throw new AsterErrorException(AsterError.BadParameter("countdownTime"));
            Arm(r.RequireAccount().Id, spec.Symbol, countdown);
            return Ok(w =>
            {
                w.StartObject();
                w.String("symbol", spec.Symbol);
                w.String("countdownTime", countdown.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.EndObject();
            });
        });

    private void Arm(long accountId, string symbol, long countdownMs)
    {
        lock (_armed)
        {
            if (_armed.Remove((accountId, symbol), out var previous)) previous.Dispose();
            if (countdownMs == 0) return;
            _armed[(accountId, symbol)] = clock.CreateTimer(_ => Fire(accountId, symbol), null, TimeSpan.FromMilliseconds(countdownMs), Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire(long accountId, string symbol)
    {
        lock (_armed)
            if (_armed.Remove((accountId, symbol), out var timer)) timer.Dispose();
        engine.CancelAllFuturesOrders(accountId, symbol);
    }
}
