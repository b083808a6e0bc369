using AsterBot.Aster.Models;
using AsterBot.Simulator.Server.Auth;

namespace AsterBot.Simulator.Server.Http;

/// <summary>
/// Registers an endpoint under both generations at once: the same handler answers the V1 path (HMAC) and the V3
/// path (EIP-712), as Aster's V3 is "same business semantics as V1".
/// </summary>
public sealed class RouteBuilder(RouteTable table)
{
    public RouteTable Table { get; } = table;

    /// <summary>A futures endpoint at <c>/fapi/{v1Version}/{name}</c> and <c>/fapi/v3/{v3Name ?? name}</c>.</summary>
    public void Futures(string method, string name, Security security, Permission permission, int weight, AsterHandler handler,
        string v1Version = "v1", string? v3Name = null, bool placesOrders = false) =>
        Futures(method, name, security, permission, _ => weight, handler, v1Version, v3Name, placesOrders);

    public void Futures(string method, string name, Security security, Permission permission, Func<AsterParameters, int> weight,
        AsterHandler handler, string v1Version = "v1", string? v3Name = null, bool placesOrders = false)
    {
        if (v1Version.Length > 0)
            Table.Add(new AsterRoute(method, $"/fapi/{v1Version}/{name}", ApiGeneration.V1, Market.Futures, security, permission, weight, handler, placesOrders));
        Table.Add(new AsterRoute(method, $"/fapi/v3/{v3Name ?? name}", ApiGeneration.V3, Market.Futures, security, permission, weight, handler, placesOrders));
    }

    /// <summary>A V3-only futures endpoint.</summary>
    public void FuturesV3(string method, string name, Security security, Permission permission, int weight, AsterHandler handler) =>
        Table.Add(new AsterRoute(method, $"/fapi/v3/{name}", ApiGeneration.V3, Market.Futures, security, permission, _ => weight, handler));

    /// <summary>A spot endpoint at <c>/api/v1/{name}</c> and <c>/api/v3/{name}</c>.</summary>
    public void Spot(string method, string name, Security security, Permission permission, int weight, AsterHandler handler, bool placesOrders = false) =>
        Spot(method, name, security, permission, _ => weight, handler, placesOrders);

    public void Spot(string method, string name, Security security, Permission permission, Func<AsterParameters, int> weight,
        AsterHandler handler, bool placesOrders = false)
    {
        Table.Add(new AsterRoute(method, $"/api/v1/{name}", ApiGeneration.V1, Market.Spot, security, permission, weight, handler, placesOrders));
        Table.Add(new AsterRoute(method, $"/api/v3/{name}", ApiGeneration.V3, Market.Spot, security, permission, weight, handler, placesOrders));
    }
}
