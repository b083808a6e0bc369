using AsterBot.Aster.Models;
using AsterBot.Simulator.Server;
using AsterBot.Testing;

namespace AsterBot.Tests.Cli;

/// <summary>`asterbot data download` against an in-process simulator whose history is made minute by minute on a manual clock.</summary>
public sealed class DataCommandsTests : IAsyncLifetime, IDisposable
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 0, 0, 20, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("asterbot-data-").FullName;
    private SimulatorServer _server = null!;
    private decimal _price = 3_000m;

    public async Task InitializeAsync() => _server = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["ETHUSDT"], Clock = _clock });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Trade(int minutes)
    {
        for (var i = 0; i < minutes; i++)
        {
            _price += i % 4 == 0 ? 1.25m : -0.5m;
            Assert.True(_server.State.Engine.SetPrice(Market.Futures, "ETHUSDT", _price).IsSuccess);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private Task<CliProcess.Result> Download(string path) => CliProcess.RunAsync(null,
        "data", "download", "--symbol", "ethusdt", "--interval", "1m", "--days", "1", "--base-url", _server.RestBaseUri.ToString(), "--out", path);

    [Fact]
    public async Task Downloads_then_resumes_and_the_file_backtests()
    {
        Trade(1500);
        var path = Path.Combine(_folder, "eth.csv");

        var first = await Download(path);

        Assert.True(first.ExitCode == 0, first.Error + first.Out);
        Assert.Contains("1,440 candles written", first.Out);
        Assert.Contains("(100%)", first.Out); // plain progress lines when not on a terminal
        Assert.Equal(1441, File.ReadAllLines(path).Length);

        Trade(5);
        var resumed = await Download(path);

        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains("1,440 candles were there, 5 added", resumed.Out);
        var lines = File.ReadAllLines(path);
        Assert.Equal(1446, lines.Length);
        Assert.Equal(lines.Length - 1, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());

        var backtest = await CliProcess.RunAsync(null, "backtest", "--strategy", "ema-cross", "--symbol", "ETHUSDT", "--interval", "1m", "--data", path);
        Assert.True(backtest.ExitCode == 0, backtest.Error);
    }

    [Fact]
    public async Task Bad_input_exits_2_and_exchange_errors_exit_1()
    {
        Trade(3);
        var missing = await CliProcess.RunAsync(null, "data", "download", "--symbol", "ETHUSDT", "--out", Path.Combine(_folder, "x.csv"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--days", missing.Error);

        var badUrl = await CliProcess.RunAsync(null, "data", "download", "--symbol", "ETHUSDT", "--days", "1", "--base-url", "ftp://nowhere",
            "--out", Path.Combine(_folder, "y.csv"));
        Assert.Equal(2, badUrl.ExitCode);
        Assert.Contains("not an absolute http(s) URL", badUrl.Error);

        var corrupt = Path.Combine(_folder, "corrupt.csv");
        File.WriteAllText(corrupt, "1,2,3\n");
        var refused = await Download(corrupt);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("corrupt.csv, line 1: expected 11 columns", refused.Error);
        Assert.Equal("1,2,3\n", File.ReadAllText(corrupt));

        var unknown = await CliProcess.RunAsync(null, "data", "download", "--symbol", "NOPEUSDT", "--days", "1", "--base-url", _server.RestBaseUri.ToString(),
            "--out", Path.Combine(_folder, "nope.csv"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("error: ", unknown.Error);
    }
}
