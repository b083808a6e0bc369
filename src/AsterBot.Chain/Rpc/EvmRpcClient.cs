using System.Numerics;
using System.Text.Json;

namespace AsterBot.Chain.Rpc;

/// <summary>
/// The Ethereum JSON-RPC methods wallet verification needs (BNB Smart Chain speaks the same protocol), with every
/// answer parsed strictly into typed values: a node returning garbage is reported, never half-read.
/// </summary>
public sealed class EvmRpcClient(JsonRpcTransport transport)
{
    public JsonRpcTransport Transport { get; } = transport;

    public async Task<ulong> GetChainIdAsync(CancellationToken ct = default) =>
        HexQuantity.ParseUInt64(AsString(await Transport.ReadAsync("eth_chainId", [], ct), "eth_chainId"), "eth_chainId");

    public async Task<ulong> GetBlockNumberAsync(CancellationToken ct = default) =>
        HexQuantity.ParseUInt64(AsString(await Transport.ReadAsync("eth_blockNumber", [], ct), "eth_blockNumber"), "eth_blockNumber");

    /// <summary>The block at <paramref name="number"/> with full transactions, or null if the chain is not that long.</summary>
    public async Task<RpcBlock?> GetBlockAsync(ulong number, CancellationToken ct = default)
    {
        var result = await Transport.ReadAsync("eth_getBlockByNumber", [HexQuantity.Format(number), true], ct);
        return result.ValueKind == JsonValueKind.Null ? null : RpcJson.ReadBlock(result);
    }

    public async Task<RpcTransaction?> GetTransactionAsync(string hash, CancellationToken ct = default)
    {
        var result = await Transport.ReadAsync("eth_getTransactionByHash", [HexData.NormalizeHash(hash, "hash")], ct);
        return result.ValueKind == JsonValueKind.Null ? null : RpcJson.ReadTransaction(result);
    }

    /// <summary>The receipt of a mined transaction, or null while it is pending or unknown.</summary>
    public async Task<RpcReceipt?> GetReceiptAsync(string hash, CancellationToken ct = default)
    {
        var result = await Transport.ReadAsync("eth_getTransactionReceipt", [HexData.NormalizeHash(hash, "hash")], ct);
        return result.ValueKind == JsonValueKind.Null ? null : RpcJson.ReadReceipt(result);
    }

    /// <summary>Balance in wei at the latest block.</summary>
    public async Task<BigInteger> GetBalanceAsync(AddressKey address, CancellationToken ct = default) =>
        HexQuantity.ParseBigInteger(
            AsString(await Transport.ReadAsync("eth_getBalance", [address.ToString(), "latest"], ct), "eth_getBalance"),
            "eth_getBalance");

    private static string? AsString(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw new RpcProtocolException($"'{field}' should be a hex string but is {element.ValueKind}.");
}
