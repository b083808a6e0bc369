using System.Text.Json;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Migrations;

/// <summary>
/// Schema v2's data step: schema v1 had no settings columns, so the slot service kept a slot's settings as JSON in
/// api_slots.kind, e.g. {"Exchange":"AsterFutures","Network":"mainnet","MakerFee":0.0002,…}. This copies them into
/// the typed columns and makes kind name the credential type. It is done in C# because SQLite's json_extract
/// returns numbers as floating point, and fees must stay exact. The JSON shape is frozen here: it is what v1 wrote.
/// </summary>
internal static class SlotSettingsFromJson
{
    public static async Task MoveAsync(SqlRunner tx, CancellationToken ct)
    {
        var rows = await tx.QueryAsync("SELECT id, kind, public_key FROM api_slots", r => (Id: r.GetInt64(0), Kind: r.GetString(1), PublicKey: r.GetString(2)), ct);
        foreach (var (id, kind, publicKey) in rows.Where(r => r.Kind.TrimStart().StartsWith('{')))
        {
            if (TryRead(kind) is not { } s)
            {
                // Unreadable settings would otherwise default to mainnet futures: stop the slot from trading instead,
                // and keep the original text in kind so the user can see what it held.
                await tx.ExecuteAsync("UPDATE api_slots SET archived = 1 WHERE id = @id", ct, ("@id", id));
                continue;
            }
            await tx.ExecuteAsync(
                "UPDATE api_slots SET kind = @k, exchange = @ex, network = @net, maker_fee = @mf, taker_fee = @tf, processing_delay_s = @d, " +
                "rate_limit_ms = @rl, archived = @ar, allow_withdrawals = @aw WHERE id = @id", ct,
                ("@k", CredentialKind(publicKey)), ("@ex", s.Exchange), ("@net", s.Network),
                ("@mf", s.MakerFee is { } maker ? tx.Dialect.Money(maker) : null), ("@tf", s.TakerFee is { } taker ? tx.Dialect.Money(taker) : null),
                ("@d", tx.Dialect.Money(s.ProcessingDelaySeconds)), ("@rl", s.RateLimitMs), ("@ar", s.Archived ? 1 : 0),
                ("@aw", s.AllowWithdrawals ? 1 : 0), ("@id", id));
        }
    }

    // v1's slot service stored "-" for a cleared key, the wallet address (0x…) for V3 and the hex API key for V1.
    private static string CredentialKind(string publicKey) =>
        publicKey == "-" ? "none" : publicKey.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "v3" : "v1";

    private static ApiSlotSettings? TryRead(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var defaults = new ApiSlotSettings();
            return new ApiSlotSettings
            {
                Exchange = Text(root, "Exchange") ?? defaults.Exchange,
                Network = Text(root, "Network") ?? defaults.Network,
                MakerFee = Number(root, "MakerFee"),
                TakerFee = Number(root, "TakerFee"),
                ProcessingDelaySeconds = Number(root, "ProcessingDelaySeconds") ?? 0m,
                RateLimitMs = root.TryGetProperty("RateLimitMs", out var rate) && rate.ValueKind == JsonValueKind.Number ? rate.GetInt32() : 0,
                Archived = Flag(root, "Archived"),
                AllowWithdrawals = Flag(root, "AllowWithdrawals"),
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static bool Flag(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
