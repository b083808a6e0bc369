using System.Text.Json;
using System.Text.Json.Nodes;
using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>
/// Client control frames on a stream connection (API.md §7.1): SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS,
/// SET_PROPERTY / GET_PROPERTY "combined", with Aster's replies and error frames (codes 0–3).
/// </summary>
public static class ControlFrames
{
    /// <summary>The reply to send, or null when the frame needs none.</summary>
    public static byte[]? Handle(StreamConnection c, byte[] frame, Func<Market, Func<string, string?>> validatorFor)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(frame);
        }
        catch (JsonException e)
        {
            return Error(3, "Invalid JSON: " + e.Message, null);
        }
        if (root is not JsonObject obj) return Error(3, "Invalid JSON: expected an object", null);
        var id = obj["id"]?.DeepClone();
        if (obj["method"] is not JsonValue methodValue || !methodValue.TryGetValue<string>(out var method))
            return Error(2, "Invalid request: 'method' is required", id);
        var parameters = obj["params"] as JsonArray;

        switch (method)
        {
            case "SUBSCRIBE":
            case "UNSUBSCRIBE":
                if (c.ListenKey is not null) return Error(2, "Invalid request: a user-data connection carries no market streams", id);
                if (!TryStreamList(parameters, out var streams, out var bad)) return Error(2, "Invalid request: " + bad, id);
                if (method == "SUBSCRIBE")
                {
                    var validate = validatorFor(c.Market);
                    foreach (var s in streams)
                        if (validate(s) is { } problem) return Error(2, "Invalid request: " + problem, id);
                    var limit = c.Market == Market.Futures ? 200 : 1024;
                    if (c.Streams.Union(streams).Count() > limit) return Error(2, $"Invalid request: at most {limit} streams per connection", id);
                    c.Subscribe(streams);
                }
                else c.Unsubscribe(streams);
                return Result(null, id);
            case "LIST_SUBSCRIPTIONS":
                return Result(new JsonArray([.. c.Streams.Select(s => (JsonNode)JsonValue.Create(s))]), id);
            case "SET_PROPERTY":
                if (parameters is not [JsonValue name, var value] || name.GetValueKind() != JsonValueKind.String)
                    return Error(2, "Invalid request: SET_PROPERTY takes [\"combined\", true|false]", id);
                if (name.GetValue<string>() != "combined") return Error(0, "Unknown property", id);
                if (value is null || value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                    return Error(1, "Invalid value type: expected Boolean", id);
                c.Combined = value.GetValue<bool>();
                return Result(null, id);
            case "GET_PROPERTY":
                if (parameters is not [JsonValue prop] || prop.GetValueKind() != JsonValueKind.String)
                    return Error(2, "Invalid request: GET_PROPERTY takes [\"combined\"]", id);
                return prop.GetValue<string>() == "combined" ? Result(JsonValue.Create(c.Combined), id) : Error(0, "Unknown property", id);
            default:
                return Error(2, $"Invalid request: unknown method '{method}'", id);
        }
    }

    private static bool TryStreamList(JsonArray? parameters, out string[] streams, out string problem)
    {
        streams = [];
        problem = "";
        if (parameters is null || parameters.Count == 0) { problem = "'params' must list at least one stream"; return false; }
        var list = new List<string>(parameters.Count);
        foreach (var p in parameters)
        {
            if (p is not JsonValue v || v.GetValueKind() != JsonValueKind.String) { problem = "stream names must be strings"; return false; }
            list.Add(v.GetValue<string>());
        }
        streams = [.. list];
        return true;
    }

    private static byte[] Result(JsonNode? result, JsonNode? id) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["result"] = result, ["id"] = id });

    private static byte[] Error(int code, string msg, JsonNode? id)
    {
        var o = new JsonObject { ["code"] = code, ["msg"] = msg };
        if (id is not null) o["id"] = id;
        return JsonSerializer.SerializeToUtf8Bytes(o);
    }
}
