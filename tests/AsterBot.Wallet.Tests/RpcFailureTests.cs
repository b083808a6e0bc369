using AsterBot.Chain.Rpc;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace AsterBot.Wallet.Tests;

/// <summary>Endpoints that are down, slow, answer garbage or serve another chain, over real loopback HTTP.</summary>
public sealed class RpcFailureTests
{
    private static EvmRpcClient Client(params Uri[] urls) => new(new JsonRpcTransport(new RpcClientOptions
    {
        Endpoints = urls.Select(u => new RpcEndpoint(u)).ToList(),
        ExpectedChainId = 56,
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        ReadRounds = 2,
        RetryBackoff = TimeSpan.FromMilliseconds(10),
    }, TimeProvider.System));

    [Fact]
    public async Task A_down_endpoint_fails_over_to_the_next()
    {
        await using var good = await ScriptedRpcServer.StartAsync();
        Assert.Equal(16UL, await Client(ScriptedRpcServer.DeadUrl(), good.Url).GetBlockNumberAsync());
    }

    [Fact]
    public async Task All_endpoints_down_is_a_clear_error_that_hides_url_paths()
    {
        var dead = new Uri(ScriptedRpcServer.DeadUrl(), "/v1/provider-access-key-123");

        var error = await Assert.ThrowsAsync<RpcUnavailableException>(() => Client(dead).GetBlockNumberAsync());

        Assert.Contains($"http://127.0.0.1:{dead.Port}", error.Message);
        Assert.Contains("eth_blockNumber", error.Message);
        Assert.Contains("--rpc", error.Message);
        Assert.DoesNotContain("provider-access-key-123", error.ToString());
    }

    [Fact]
    public async Task A_slow_endpoint_times_out_and_the_next_one_answers()
    {
        await using var slow = await ScriptedRpcServer.StartAsync(async (_, _, context) => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        await using var good = await ScriptedRpcServer.StartAsync();

        Assert.Equal(16UL, await Client(slow.Url, good.Url).GetBlockNumberAsync());
        var alone = await Assert.ThrowsAsync<RpcUnavailableException>(() => Client(slow.Url).GetBlockNumberAsync());
        Assert.Contains("no answer within 0.5 s", alone.Message);
    }

    [Fact]
    public async Task Garbage_answers_are_refused_and_the_next_endpoint_used()
    {
        await using var garbage = await ScriptedRpcServer.StartAsync((_, _, context) => context.Response.WriteAsync("<html>502 Bad Gateway</html>"));
        await using var good = await ScriptedRpcServer.StartAsync();

        Assert.Equal(16UL, await Client(garbage.Url, good.Url).GetBlockNumberAsync());
        var alone = await Assert.ThrowsAsync<RpcUnavailableException>(() => Client(garbage.Url).GetBlockNumberAsync());
        Assert.Contains("not JSON", alone.Message);
    }

    [Theory]
    [InlineData("\"0x010\"", "leading zeros")]
    [InlineData("\"0x\"", "not a 0x-prefixed hex quantity")]
    [InlineData("\"16\"", "not a 0x-prefixed hex quantity")]
    [InlineData("\"0xfg\"", "non-hex character")]
    [InlineData("16", "should be a hex string")]
    [InlineData("\"0x10000000000000000\"", "does not fit in 64 bits")]
    public async Task Malformed_quantities_are_protocol_errors(string blockNumberJson, string expected)
    {
        await using var sloppy = await ScriptedRpcServer.StartAsync(ScriptedRpcServer.Healthy(blockNumber: blockNumberJson));

        var error = await Assert.ThrowsAnyAsync<RpcException>(() => Client(sloppy.Url).GetBlockNumberAsync());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task An_endpoint_of_another_chain_is_never_used()
    {
        await using var ethereum = await ScriptedRpcServer.StartAsync(ScriptedRpcServer.Healthy(chainId: "0x1", blockNumber: "\"0x999\""));
        await using var bsc = await ScriptedRpcServer.StartAsync();

        Assert.Equal(16UL, await Client(ethereum.Url, bsc.Url).GetBlockNumberAsync());

        var alone = await Assert.ThrowsAsync<ChainIdMismatchException>(() => Client(ethereum.Url).GetBlockNumberAsync());
        Assert.Equal(1UL, alone.Actual);
        Assert.Contains("serves chain id 1, but the configuration expects chain id 56", alone.Message);
    }

    [Fact]
    public async Task A_json_rpc_error_is_reported_at_once_without_retrying()
    {
        await using var node = await ScriptedRpcServer.StartAsync();
        var client = Client(node.Url);
        await client.GetBlockNumberAsync(); // chain id checked once, up front

        var before = node.Requests;
        var error = await Assert.ThrowsAsync<RpcErrorResponseException>(() => client.GetReceiptAsync("0x" + new string('a', 64)));

        Assert.Equal(-32601, error.Code);
        Assert.Equal(before + 1, node.Requests);
    }

    [Fact]
    public async Task A_write_is_sent_once_even_when_it_fails()
    {
        await using var failing = await ScriptedRpcServer.StartAsync((method, id, context) =>
            method == "eth_chainId" ? ScriptedRpcServer.Result(context, id, "\"0x38\"") : Task.Run(() => context.Response.StatusCode = 503));
        var transport = new JsonRpcTransport(new RpcClientOptions { Endpoints = [new RpcEndpoint(failing.Url)], ReadRounds = 3, RetryBackoff = TimeSpan.Zero }, TimeProvider.System);

        await Assert.ThrowsAsync<RpcUnavailableException>(() => transport.WriteAsync("eth_sendRawTransaction", ["0x00"], default));
        Assert.Equal(2, failing.Requests); // chain id check + the write itself, not repeated

        await Assert.ThrowsAsync<RpcUnavailableException>(() => transport.ReadAsync("eth_blockNumber", [], default));
        Assert.Equal(5, failing.Requests); // reads are retried: 3 rounds
    }
}
