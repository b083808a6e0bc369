using AsterBot.Cli;

namespace AsterBot.Tests.Cli;

/// <summary>The flag parsers behind `backtest` and `data download` (in process: every case, no executable start).</summary>
public class BacktestInputTests
{
    private const long Jan31 = 1_769_817_600_000; // 2026-01-31T00:00Z

    [Theory]
    [InlineData("1769817600000", false, Jan31)]
    [InlineData("2026-01-31", false, Jan31)]
    [InlineData("2026-01-31", true, Jan31 + 86_400_000 - 1)]          // a bare date as --to covers the whole day
    [InlineData("2026-01-31T12:00Z", true, Jan31 + 12 * 3_600_000)]
    [InlineData("2026-01-31T12:00:00", false, Jan31 + 12 * 3_600_000)] // no offset: UTC
    [InlineData("2026-01-31T14:00:00+02:00", false, Jan31 + 12 * 3_600_000)]
    public void Times_are_epoch_ms_or_iso_in_utc(string text, bool endOfDay, long expected) =>
        Assert.Equal(expected, DataCliInput.Time("--to", text, endOfDay));

    [Fact]
    public void Bad_values_name_the_flag_and_the_expected_form()
    {
        Assert.Contains("--from must be an ISO date", Assert.Throws<CliInputException>(() => DataCliInput.Time("--from", "31/01/2026")).Message);
        Assert.Contains("--slippage must be at least 0", Assert.Throws<CliInputException>(() => DataCliInput.Decimal("--slippage", "-0.1", 0)).Message);
        Assert.Contains("--fee-taker must be a number", Assert.Throws<CliInputException>(() => DataCliInput.Decimal("--fee-taker", "4bp", 0)).Message);
        Assert.Contains("--leverage must be a whole number", Assert.Throws<CliInputException>(() => DataCliInput.PositiveInt("--leverage", "0")).Message);
        Assert.Contains("--market must be futures or spot", Assert.Throws<CliInputException>(() => DataCliInput.Market("perp")).Message);
        Assert.Contains("--network", Assert.Throws<CliInputException>(() => DataCliInput.Environment("devnet", null)).Message);
    }

    [Fact]
    public void Params_are_name_value_pairs_and_a_repeated_name_is_refused()
    {
        var parameters = DataCliInput.Parameters(["fast=10", " slow = 30 "]);
        Assert.Equal("10", parameters["FAST"]);
        Assert.Equal("30", parameters["slow"]);

        Assert.Contains("name=value", Assert.Throws<CliInputException>(() => DataCliInput.Parameters(["fast"])).Message);
        Assert.Contains("given twice", Assert.Throws<CliInputException>(() => DataCliInput.Parameters(["fast=1", "FAST=2"])).Message);
    }

    [Fact]
    public void A_base_url_wins_over_the_network_and_keeps_its_signing_chain()
    {
        var environment = DataCliInput.Environment("testnet", "http://127.0.0.1:5000");
        Assert.Equal(new Uri("http://127.0.0.1:5000"), environment.FuturesRestUri);
        Assert.Equal(714, environment.SigningChainId);
        Assert.Equal("mainnet", DataCliInput.Environment(null, null).Name);
    }
}
