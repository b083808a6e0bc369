using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AsterBot.Testing;

/// <summary>
/// A real anvil process on 127.0.0.1 (a free port it picks itself) mimicking BNB Smart Chain (chain id 56),
/// plus the dev-only RPC calls tests need: transfers from unlocked dev accounts, mining, snapshots and reverts.
/// Dev calls go over a bare HTTP POST so that this helper depends on nothing under test.
/// </summary>
public sealed partial class AnvilNode : IAsyncDisposable
{
    /// <summary>Anvil's dev accounts (mnemonic "test test ... junk", m/44'/60'/0'/0/i), each funded with 10000 ETH.</summary>
    public static readonly string[] DevAccounts =
    [
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
        "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
        "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
    ];

    private readonly Process _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    private AnvilNode(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<AnvilNode> StartAsync()
    {
        var binary = FindBinary();
        var start = new ProcessStartInfo(binary)
        {
            ArgumentList = { "--host", "127.0.0.1", "--port", "0", "--chain-id", "56" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                           ?? throw new InvalidOperationException($"anvil exited (code {(process.HasExited ? process.ExitCode : -1)}) before listening.");
                var match = ListeningLine().Match(line);
                if (!match.Success) continue;
                // Keep draining stdout so anvil never blocks on a full pipe.
                _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                return new AnvilNode(process, new Uri($"http://127.0.0.1:{match.Groups[1].Value}/"));
            }
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends <paramref name="wei"/> from an unlocked dev account and returns once the transfer is mined.</summary>
    public Task<string> SendAsync(string from, string to, BigInteger wei) =>
        SendAsync(new Dictionary<string, string> { ["from"] = from, ["to"] = to, ["value"] = Hex(wei) });

    /// <summary>
    /// eth_sendTransaction, then waits for the receipt: anvil's automine answers with the hash before the block
    /// exists, so a test reading the chain right after would race the miner.
    /// </summary>
    public async Task<string> SendAsync(Dictionary<string, string> transaction)
    {
        var hash = (await CallAsync("eth_sendTransaction", transaction)).GetString()!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while ((await CallAsync("eth_getTransactionReceipt", hash)).ValueKind == JsonValueKind.Null)
            await Task.Delay(5, timeout.Token);
        return hash;
    }

    public Task MineAsync(int blocks) => CallAsync("anvil_mine", Hex(blocks));

    public async Task<string> SnapshotAsync() => (await CallAsync("evm_snapshot")).GetString()!;

    public async Task RevertAsync(string snapshot)
    {
        if ((await CallAsync("evm_revert", snapshot)).ValueKind != JsonValueKind.True)
            throw new InvalidOperationException("anvil refused to revert to the snapshot.");
    }

    public Task SetNextBlockTimestampAsync(DateTimeOffset at) => CallAsync("evm_setNextBlockTimestamp", at.ToUnixTimeSeconds());

    public async Task<JsonElement> CallAsync(string method, params object[] parameters)
    {
        using var response = await _http.PostAsJsonAsync(Url, new { jsonrpc = "2.0", id = 1, method, @params = parameters });
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (answer.RootElement.TryGetProperty("error", out var error))
            throw new InvalidOperationException($"anvil refused {method}: {error}");
        return answer.RootElement.GetProperty("result").Clone();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(wait.Token);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static string Hex(BigInteger value) => "0x" + (value.IsZero ? "0" : value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'));

    /// <summary>ASTERBOT_ANVIL, else the repository's .tools install found by walking up from the test assembly.</summary>
    private static string FindBinary()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ASTERBOT_ANVIL");
        if (!string.IsNullOrEmpty(fromEnv))
            return File.Exists(fromEnv)
                ? fromEnv
                : throw new InvalidOperationException($"ASTERBOT_ANVIL points to {fromEnv}, which does not exist. Run `bash scripts/deps.sh test`.");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".tools", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            "anvil (the local chain these tests run against) is not installed. Run `bash scripts/deps.sh test` in the " +
            "repository root, or set ASTERBOT_ANVIL to the anvil binary.");
    }

    [GeneratedRegex(@"Listening on 127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}
