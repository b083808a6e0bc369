using System.Text.Json;

namespace AsterBot.Simulator.Server.Http;

/// <summary>How many orders a request places, for the per-account order counters: a batch counts each item.</summary>
public static class BatchOrderCount
{
    public static int Of(AsterParameters p)
    {
        var batch = p.Optional("batchOrders");
        if (batch is null) return 1;
        try
        {
            using var doc = JsonDocument.Parse(batch.Replace('\'', '"'));
            return doc.RootElement.ValueKind == JsonValueKind.Array ? Math.Max(1, doc.RootElement.GetArrayLength()) : 1;
        }
        catch (JsonException)
        {
            return 1; // the batch handler rejects the malformed list itself
        }
    }
}
