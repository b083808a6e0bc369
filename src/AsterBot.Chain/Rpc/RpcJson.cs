using System.Text.Json;

namespace AsterBot.Chain.Rpc;

/// <summary>Strict readers for the JSON objects of blocks, transactions and receipts.</summary>
internal static class RpcJson
{
    public static RpcBlock ReadBlock(JsonElement block)
    {
        RequireObject(block, "block");
        var number = HexQuantity.ParseUInt64(String(block, "number"), "block.number");
        var txs = Property(block, "transactions");
        if (txs.ValueKind != JsonValueKind.Array)
            throw new RpcProtocolException("'block.transactions' is not an array.");
        var transactions = new List<RpcTransaction>(txs.GetArrayLength());
        foreach (var tx in txs.EnumerateArray())
        {
            if (tx.ValueKind != JsonValueKind.Object)
                throw new RpcProtocolException($"block {number} lists transaction hashes only; full transaction objects were requested.");
            transactions.Add(ReadTransaction(tx));
        }
        return new RpcBlock(
            number,
            HexData.NormalizeHash(String(block, "hash"), "block.hash"),
            HexData.NormalizeHash(String(block, "parentHash"), "block.parentHash"),
            DateTimeOffset.FromUnixTimeSeconds((long)HexQuantity.ParseUInt64(String(block, "timestamp"), "block.timestamp")),
            transactions);
    }

    public static RpcTransaction ReadTransaction(JsonElement tx)
    {
        RequireObject(tx, "transaction");
        var to = tx.TryGetProperty("to", out var toElement) && toElement.ValueKind != JsonValueKind.Null
            ? AddressKey.Parse(toElement.ValueKind == JsonValueKind.String ? toElement.GetString() : null, "transaction.to")
            : (AddressKey?)null;
        var blockNumber = OptionalString(tx, "blockNumber");
        var blockHash = OptionalString(tx, "blockHash");
        return new RpcTransaction(
            HexData.NormalizeHash(String(tx, "hash"), "transaction.hash"),
            AddressKey.Parse(String(tx, "from"), "transaction.from"),
            to,
            HexQuantity.ParseBigInteger(String(tx, "value"), "transaction.value"),
            blockNumber is null ? null : HexQuantity.ParseUInt64(blockNumber, "transaction.blockNumber"),
            blockHash is null ? null : HexData.NormalizeHash(blockHash, "transaction.blockHash"));
    }

    public static RpcReceipt ReadReceipt(JsonElement receipt)
    {
        RequireObject(receipt, "receipt");
        // Post-Byzantium receipts carry status 0x1 (success) or 0x0 (reverted); anything else is not a receipt we understand.
        var status = HexQuantity.ParseUInt64(String(receipt, "status"), "receipt.status");
        if (status > 1) throw new RpcProtocolException($"'receipt.status' = {status} is neither 0x0 nor 0x1.");
        return new RpcReceipt(
            HexData.NormalizeHash(String(receipt, "transactionHash"), "receipt.transactionHash"),
            HexQuantity.ParseUInt64(String(receipt, "blockNumber"), "receipt.blockNumber"),
            HexData.NormalizeHash(String(receipt, "blockHash"), "receipt.blockHash"),
            status == 1);
    }

    private static void RequireObject(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new RpcProtocolException($"The {what} is {element.ValueKind}, not a JSON object.");
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new RpcProtocolException($"'{name}' is missing.");

    private static string? String(JsonElement element, string name)
    {
        var value = Property(element, name);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new RpcProtocolException($"'{name}' should be a string but is {value.ValueKind}.");
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
