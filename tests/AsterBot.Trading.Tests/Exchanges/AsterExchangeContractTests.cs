namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>The exchange contract run against the live implementation, talking to the simulator server.</summary>
public sealed class AsterExchangeContractTests(SimulatorServerFixture fixture)
    : ExchangeContractTests(fixture), IClassFixture<SimulatorServerFixture>;
