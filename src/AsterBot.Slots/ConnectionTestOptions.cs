using System.Net;

namespace AsterBot.Slots;

/// <summary>What the connection test compares against: this node's egress IPs, the tolerated clock skew, the probe symbol.</summary>
public sealed record ConnectionTestOptions
{
    /// <summary>The public IPs this node's requests leave from; a V3 agent's whitelist must contain all of them.</summary>
    public IReadOnlyList<IPAddress> EgressIps { get; init; } = [];

    /// <summary>V3 nonces must be within ±10 s of the exchange's clock; V1 compensates but a large gap means a broken clock.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The pair whose market data is read (the slot's first pair when the caller knows it).</summary>
    public string ProbeSymbol { get; init; } = "BTCUSDT";
}
