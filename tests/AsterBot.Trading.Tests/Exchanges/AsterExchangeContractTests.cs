namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>The exchange contract run against the live implementation with V1 keys, talking to the simulator server.</summary>
public sealed class AsterExchangeContractTests(SimulatorServerFixture fixture)
    : ExchangeContractTests(fixture), IClassFixture<SimulatorServerFixture>;

/// <summary>The same contract with V3 credentials (API wallet, /fapi/v3 and /api/v3 paths).</summary>
public sealed class AsterExchangeV3ContractTests(V3SimulatorServerFixture fixture)
    : ExchangeContractTests(fixture), IClassFixture<V3SimulatorServerFixture>;
