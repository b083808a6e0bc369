namespace AsterBot.Simulator.Server.Http;

/// <summary>All Aster routes by method and exact path (Aster paths have no path parameters).</summary>
public sealed class RouteTable
{
    private readonly Dictionary<(string Method, string Path), AsterRoute> _routes = [];

    public IEnumerable<AsterRoute> All => _routes.Values;

    public void Add(AsterRoute route)
    {
        if (!_routes.TryAdd((route.Method, route.Path), route))
            throw new InvalidOperationException($"Route {route.Method} {route.Path} is registered twice.");
    }

    public AsterRoute? Find(string method, string path) => _routes.GetValueOrDefault((method.ToUpperInvariant(), path));

    /// <summary>True when Aster owns this path prefix, so unknown paths under it get Aster-style JSON errors.</summary>
    public static bool IsAsterPath(string path) =>
        path.StartsWith("/fapi/", StringComparison.Ordinal) || path.StartsWith("/api/", StringComparison.Ordinal);
}
