using AsterBot.Aster.Models;
using AsterBot.Simulator.Server.Auth;

namespace AsterBot.Simulator.Server.Http;

/// <summary>Aster's endpoint security types (API.md §2–3).</summary>
public enum Security
{
    /// <summary>Public market data.</summary>
    None,

    /// <summary>V1: API key header only (e.g. historicalTrades). V3: public.</summary>
    MarketData,

    /// <summary>Listen-key management. V1: API key header only; V3: signed.</summary>
    UserStream,

    /// <summary>Signed; changes state.</summary>
    Trade,

    /// <summary>Signed; reads the account.</summary>
    UserData,

    /// <summary>The handler verifies its own signature (agent/builder management, registerAndApproveAgent).</summary>
    SelfVerified,
}

/// <summary>Which auth generation a path belongs to: /fapi/v1|v2|v4 and /api/v1 are V1; /fapi/v3 and /api/v3 are V3.</summary>
public enum ApiGeneration { V1, V3 }

public delegate ValueTask<AsterResult> AsterHandler(AsterRequest request);

/// <summary>One Aster endpoint: where it lives, how it is authenticated and weighed, and what answers it.</summary>
public sealed record AsterRoute(
    string Method,
    string Path,
    ApiGeneration Generation,
    Market Market,
    Security Security,
    Permission Permission,
    Func<AsterParameters, int> Weight,
    AsterHandler Handler,
    bool PlacesOrders = false);
