namespace AsterBot.Aster.Models;

/// <summary>GET /fapi/v1/time, /api/v1/time.</summary>
public sealed class ServerTime
{
    [System.Text.Json.Serialization.JsonPropertyName("serverTime")] public long ServerTimeMs { get; init; }

    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(ServerTimeMs);
}

/// <summary>The <c>{}</c> answer of ping and listen-key keepalive/close.</summary>
public sealed class EmptyResponse;
