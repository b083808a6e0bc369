using AsterBot.Aster.Models;

namespace AsterBot.Aster.RateLimits;

/// <summary>
/// The gates one client passes through: request weight per egress IP (share one instance among all the accounts
/// trading from that IP) and order counts per account (one instance per account).
/// </summary>
public sealed class AsterRateLimits(RateGate requestWeight, RateGate orders)
{
    public RateGate RequestWeight { get; } = requestWeight ?? throw new ArgumentNullException(nameof(requestWeight));

    public RateGate Orders { get; } = orders ?? throw new ArgumentNullException(nameof(orders));

    /// <summary>Futures defaults: 2400 weight/min per IP; 1200 orders/min and 300 per 10 s per account.</summary>
    public static AsterRateLimits ForFutures(TimeProvider time, RateLimitPolicy policy = RateLimitPolicy.Wait, RateGate? sharedIpGate = null) => new(
        sharedIpGate ?? IpWeightGate(Market.Futures, time, policy),
        new RateGate("futures orders", [new(TimeSpan.FromMinutes(1), 1200), new(TimeSpan.FromSeconds(10), 300)], time, policy));

    /// <summary>Spot defaults (real exchangeInfo): 6000 weight/min per IP; 6000 orders/min and 1000 per 10 s.</summary>
    public static AsterRateLimits ForSpot(TimeProvider time, RateLimitPolicy policy = RateLimitPolicy.Wait, RateGate? sharedIpGate = null) => new(
        sharedIpGate ?? IpWeightGate(Market.Spot, time, policy),
        new RateGate("spot orders", [new(TimeSpan.FromMinutes(1), 6000), new(TimeSpan.FromSeconds(10), 1000)], time, policy));

    public static AsterRateLimits For(Market market, TimeProvider time, RateLimitPolicy policy = RateLimitPolicy.Wait, RateGate? sharedIpGate = null) =>
        market == Market.Futures ? ForFutures(time, policy, sharedIpGate) : ForSpot(time, policy, sharedIpGate);

    /// <summary>A per-IP request-weight gate with the market's default limit.</summary>
    public static RateGate IpWeightGate(Market market, TimeProvider time, RateLimitPolicy policy = RateLimitPolicy.Wait) =>
        new($"{market.ToString().ToLowerInvariant()} request weight", [new(TimeSpan.FromMinutes(1), market == Market.Futures ? 2400 : 6000)], time, policy);

    /// <summary>Gates sized from exchangeInfo's <c>rateLimits</c> (REQUEST_WEIGHT → IP gate, ORDERS → account gate).</summary>
    public static AsterRateLimits FromRules(IEnumerable<RateLimitRule> rules, Market market, TimeProvider time, RateLimitPolicy policy = RateLimitPolicy.Wait, RateGate? sharedIpGate = null)
    {
        var list = rules.ToList();
        var weight = list.Where(r => r.RateLimitType == RateLimitType.RequestWeight).Select(r => new RateLimitWindow(r.Window, r.Limit)).ToList();
        var orders = list.Where(r => r.RateLimitType == RateLimitType.Orders).Select(r => new RateLimitWindow(r.Window, r.Limit)).ToList();
        var defaults = For(market, time, policy, sharedIpGate);
        var name = market.ToString().ToLowerInvariant();
        return new AsterRateLimits(
            sharedIpGate ?? (weight.Count > 0 ? new RateGate($"{name} request weight", weight, time, policy) : defaults.RequestWeight),
            orders.Count > 0 ? new RateGate($"{name} orders", orders, time, policy) : defaults.Orders);
    }
}
