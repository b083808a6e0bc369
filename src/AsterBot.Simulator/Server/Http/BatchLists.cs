using System.Text.Json;

namespace AsterBot.Simulator.Server.Http;

/// <summary>
/// Lists sent as JSON text inside one parameter (<c>batchOrders</c>, <c>orderIdList</c>, …). Aster's docs write
/// them with single quotes; both quote styles are accepted.
/// </summary>
public static class BatchLists
{
    public const int MaxBatchOrders = 5;

    public static JsonElement[] Orders(AsterParameters p)
    {
        var items = Parse(p, "batchOrders");
        if (items.Length is 0 or > MaxBatchOrders || items.Any(i => i.ValueKind != JsonValueKind.Object))
            throw new AsterErrorException(new AsterError(-4082, $"Invalid number of batch place orders: send 1 to {MaxBatchOrders} order objects."));
        return items;
    }

    /// <summary>How many orders a request places, for the per-account order counters: a batch counts each item.</summary>
    public static int OrderCount(AsterParameters p)
    {
        if (!p.Has("batchOrders")) return 1;
        try
        {
            return Math.Max(1, Parse(p, "batchOrders").Length);
        }
        catch (AsterErrorException)
        {
            return 1; // the batch handler rejects the malformed list itself
        }
    }

    public static JsonElement[] Parse(AsterParameters p, string name)
    {
        var text = p.Required(name);
        try
        {
            using var doc = JsonDocument.Parse(text.Replace('\'', '"'));
            if (doc.RootElement.ValueKind != JsonValueKind.Array) throw new AsterErrorException(AsterError.BadParameter(name));
            return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
        }
        catch (JsonException)
        {
            throw new AsterErrorException(AsterError.BadParameter(name));
        }
    }
}
