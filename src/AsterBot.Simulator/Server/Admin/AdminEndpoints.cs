using AsterBot.Aster.Models;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AsterBot.Simulator.Server.Admin;

/// <summary>
/// The operator's controls under <c>/sim/</c> (never under Aster's /fapi or /api): accounts, referrals, prices,
/// time, faults, settings and a dump of the whole state. JSON in and out; bad input → 400 with a message.
/// </summary>
public static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        var sim = app.MapGroup("/sim");

        sim.MapPost("/accounts", (AccountSeed seed) => Guard(() => Results.Ok(AdminViews.Account(state, state.Seeder.Create(seed)))));
        sim.MapGet("/accounts", () => Results.Ok(state.Accounts.Accounts.Select(a => AdminViews.Account(state, a))));
        sim.MapPost("/accounts/{wallet}/agents", (string wallet, AgentSeed agent) => Guard(() =>
        {
            var account = state.Accounts.FindByWallet(wallet);
            if (account is null) return Results.NotFound(new { error = $"No account has wallet {wallet}; create it with POST /sim/accounts." });
            state.Accounts.ApproveAgent(account, AccountSeeder.ToGrant(agent));
            return Results.Ok(AdminViews.Account(state, account));
        }));
        sim.MapGet("/referrals", () => Results.Ok(state.Accounts.Referrals));

        sim.MapPost("/time/advance", (AdvanceRequest r) => Guard(() =>
        {
            state.Clock.Advance(TimeSpan.FromMilliseconds(r.Milliseconds));
            state.Engine.Tick();
            state.ListenKeys.Sweep();
            return Results.Ok(new { serverTime = state.Clock.NowMilliseconds });
        }));
        sim.MapGet("/time", () => Results.Ok(new { serverTime = state.Clock.NowMilliseconds, advancedMs = (long)state.Clock.Advanced.TotalMilliseconds, skewMs = (long)state.Clock.Skew.TotalMilliseconds }));

        sim.MapPost("/price", (PriceRequest r) => Guard(() =>
        {
            var market = r.Market ?? Market.Futures;
            var result = r.Price is { } price ? state.Engine.SetPrice(market, r.Symbol, price)
                : r.MovePercent is { } pct ? state.Engine.SetPrice(market, r.Symbol, state.Engine.GetLastPrice(market, r.Symbol).Unwrap() * (1 + pct / 100m))
                : throw new ArgumentException("Send price (absolute) or movePercent (e.g. -2.5).");
            return Results.Ok(new { symbol = r.Symbol, market = market.ToString(), lastPrice = result.Unwrap() });
        }));
        sim.MapPost("/accounts/{wallet}/balance", (string wallet, BalanceRequest r) => Guard(() =>
        {
            var account = state.Accounts.FindByWallet(wallet) ?? throw new ArgumentException($"No account has wallet {wallet}.");
            var result = (r.Market ?? Market.Futures) == Market.Futures
                ? state.Engine.SetFuturesBalance(account.Id, r.Asset, r.Amount)
                : state.Engine.SetSpotBalance(account.Id, r.Asset, r.Amount);
            return Results.Ok(new { wallet, asset = r.Asset, balance = result.Unwrap() });
        }));

        sim.MapGet("/faults", () => Results.Ok(new FaultConfig(state.Faults.Seed, [.. state.Faults.Rules], (long)state.Clock.Skew.TotalMilliseconds)));
        sim.MapPut("/faults", (FaultConfig c) => Guard(() =>
        {
            state.Faults.Configure(c.Rules ?? [], c.Seed);
            state.Clock.Skew = TimeSpan.FromMilliseconds(c.ClockSkewMs);
            return Results.Ok(c);
        }));
        sim.MapPost("/faults/expire-listen-keys", (ExpireRequest? r) => Guard(() =>
        {
            long? accountId = null;
            if (r?.Wallet is { } wallet)
                accountId = state.Accounts.FindByWallet(wallet)?.Id ?? throw new ArgumentException($"No account has wallet {wallet}.");
            return Results.Ok(new { expired = state.ListenKeys.ExpireNow(accountId) });
        }));
        sim.MapPost("/faults/drop-websockets", () => Results.Ok(new { dropped = state.Hub.DropAll() }));

        sim.MapPut("/config", (ConfigRequest c) =>
        {
            if (c.V3IdsAsStrings is { } strings) state.IdsAsStrings = strings;
            return Results.Ok(new { v3IdsAsStrings = state.IdsAsStrings });
        });

        sim.MapGet("/state", () => Results.Ok(AdminViews.State(state)));
    }

    /// <summary>Turns the argument errors of admin input into 400 answers that say what to fix.</summary>
    private static IResult Guard(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return Results.BadRequest(new { error = e.Message });
        }
        catch (AsterErrorException e)
        {
            return Results.BadRequest(new { error = e.Error.Message, code = e.Error.Code });
        }
    }

    public sealed record AdvanceRequest(long Milliseconds);

    /// <summary>Either an absolute price or a relative move in percent.</summary>
    public sealed record PriceRequest(string Symbol, decimal? Price, decimal? MovePercent, Market? Market);

    public sealed record BalanceRequest(string Asset, decimal Amount, Market? Market);

    public sealed record FaultConfig(int Seed, IReadOnlyList<FaultRule>? Rules, long ClockSkewMs = 0);

    public sealed record ExpireRequest(string? Wallet);

    public sealed record ConfigRequest(bool? V3IdsAsStrings);
}
