using AsterBot.Simulator.Server.Admin;
using AsterBot.Simulator.Server.Faults;

namespace AsterBot.Simulator.Server;

/// <summary>How to start a <see cref="SimulatorServer"/>. Defaults mimic Aster mainnet's documented rules.</summary>
public sealed record SimulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (tests).</summary>
    public int Port { get; init; }

    /// <summary>Seed of the engine's price process (same seed, clock and inputs → same fills).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Symbols to list (e.g. BTCUSDT); empty = the engine's defaults.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>Prices drift by a seeded random walk as time passes (the CLI demo); off = prices move only when told.</summary>
    public bool RandomWalk { get; init; }

    /// <summary>Base clock: real time by default; tests pass a manual clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Honour X-Forwarded-For as the client IP (tests pretend other addresses). Never in a real deployment.</summary>
    public bool TrustForwardedFor { get; init; }

    /// <summary>V3 nonce window around the server clock (Aster: ±10 s at the snapshot, ±60 s after PR #157).</summary>
    public TimeSpan NonceWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>EIP-712 domain chain id for V3 request signatures (mainnet 1666, testnet 714).</summary>
    public long V3ChainId { get; init; } = 1666;

    /// <summary>V3 responses carry ids and times as JSON strings, as real V3 captures do.</summary>
    public bool V3IdsAsStrings { get; init; }

    public int FuturesWeightPerMinute { get; init; } = 2400;

    public int SpotWeightPerMinute { get; init; } = 6000;

    /// <summary>Rejected (429) requests in one minute after which the IP is banned (418).</summary>
    public int BanAfterRejections { get; init; } = 20;

    public int FuturesOrdersPer10Seconds { get; init; } = 300;

    public int FuturesOrdersPerMinute { get; init; } = 1200;

    public int SpotOrdersPer10Seconds { get; init; } = 1000;

    public int SpotOrdersPerMinute { get; init; } = 6000;

    public TimeSpan ListenKeyTtl { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Longest an injected timeout holds a request before answering 503 (so nothing hangs forever).</summary>
    public TimeSpan TimeoutFaultCap { get; init; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    public int FaultSeed { get; init; } = 1;

    /// <summary>Accounts created at start.</summary>
    public IReadOnlyList<AccountSeed> Accounts { get; init; } = [];
}
