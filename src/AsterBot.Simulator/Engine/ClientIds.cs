using System.Globalization;

namespace AsterBot.Simulator.Engine;

/// <summary>Client order ids: the ids the engine makes up when none is sent.</summary>
internal static class ClientIds
{
    private const string GeneratedPrefix = "sim-";

    public static string Generated(long orderId) => GeneratedPrefix + orderId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The order id inside a generated client id, or null when it is not one.</summary>
    public static long? ParseGenerated(string id) =>
        id.StartsWith(GeneratedPrefix, StringComparison.Ordinal)
        && long.TryParse(id.AsSpan(GeneratedPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var orderId)
            ? orderId : null;

    public static bool IsReserved(string id) => id.StartsWith(GeneratedPrefix, StringComparison.Ordinal)
        || id.StartsWith("autoclose-", StringComparison.Ordinal) || id.StartsWith("adl_autoclose", StringComparison.Ordinal);
}
