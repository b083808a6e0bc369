using AsterBot.Chain.Rpc;
using AsterBot.Testing;

namespace AsterBot.Wallet.Tests.Support;

/// <summary>The product's RPC client pointed at a test anvil.</summary>
public static class AnvilRpc
{
    public static RpcClientOptions Options(this AnvilNode anvil, ulong expectedChainId = 56) => new()
    {
        Endpoints = [new RpcEndpoint(anvil.Url)],
        ExpectedChainId = expectedChainId,
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    public static EvmRpcClient Client(this AnvilNode anvil, ulong expectedChainId = 56) =>
        new(new JsonRpcTransport(anvil.Options(expectedChainId), TimeProvider.System));
}
