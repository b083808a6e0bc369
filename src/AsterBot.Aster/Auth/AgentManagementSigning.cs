using System.Numerics;
using AsterBot.Chain.Crypto;
using AsterBot.Chain.Eip712;

namespace AsterBot.Aster.Auth;

/// <summary>Aster's main-wallet management requests, each signed as its own EIP-712 primary type (API.md §3.4).</summary>
public enum AgentManagementAction { ApproveAgent, UpdateAgent, DelAgent, ApproveBuilder, UpdateBuilder, DelBuilder }

/// <summary>
/// Typed data for <c>approveAgent</c>, <c>updateAgent</c>, <c>DELETE agent</c>, <c>approveBuilder</c>,
/// <c>updateBuilder</c> and <c>DELETE builder</c>: one field per request parameter, in send order, named with its
/// first letter capitalised, typed from its value (bool → bool, integer → uint256, anything else → string);
/// domain AsterSignTransaction / "1" / signatureChainId / zero address. The parameters must already include
/// <c>asterChain</c>, <c>user</c> and <c>nonce</c>; <c>signature</c> and <c>signatureChainId</c> are sent after
/// them and are not signed. Aster's users report this scheme as fragile (api-docs issue #126).
/// </summary>
public static class AgentManagementSigning
{
    public static Eip712Types Types(AgentManagementAction action, IReadOnlyList<KeyValuePair<string, object>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var fields = parameters.Select(p => new Eip712Field(FieldName(p.Key), FieldType(p.Key, p.Value))).ToArray();
        return Eip712Types.Of((action.ToString(), fields));
    }

    public static byte[] Digest(AgentManagementAction action, IReadOnlyList<KeyValuePair<string, object>> parameters, long signatureChainId)
    {
        var types = Types(action, parameters);
        var values = parameters.ToDictionary(p => FieldName(p.Key), p => (object?)FieldValue(p.Value));
        return TypedData.Digest(V3Signature.Domain(signatureChainId), types, action.ToString(), values);
    }

    /// <summary>
    /// The complete form body: the parameters URL-encoded in the given order, then <c>signature</c> (by the main
    /// wallet's key) and <c>signatureChainId</c>.
    /// </summary>
    public static string SignRequest(AgentManagementAction action, IReadOnlyList<KeyValuePair<string, object>> parameters,
        long signatureChainId, PrivateKey mainWalletKey, ISecp256k1? curve = null)
    {
        var signature = V3Signature.SignDigest(Digest(action, parameters, signatureChainId), mainWalletKey, curve);
        var body = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(WireText(p.Value))));
        return body + "&signature=" + signature + "&signatureChainId=" + signatureChainId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string WireText(object value) => FieldValue(value) switch
    {
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        var other => other.ToString()!,
    };

    private static string FieldName(string parameter)
    {
        if (string.IsNullOrEmpty(parameter)) throw new ArgumentException("A management request parameter has an empty name.");
        return char.ToUpperInvariant(parameter[0]) + parameter[1..];
    }

    private static string FieldType(string parameter, object value) => value switch
    {
        bool => "bool",
        int or long or uint or ulong or BigInteger => "uint256",
        string or EthAddress or decimal => "string",
        null => throw new ArgumentException($"Parameter \"{parameter}\" has no value; leave it out instead."),
        _ => throw new ArgumentException($"Parameter \"{parameter}\" has a {value.GetType().Name} value; use bool, an integer or text."),
    };

    /// <summary>Addresses and decimals are signed as the text that is sent.</summary>
    private static object FieldValue(object value) => value switch
    {
        EthAddress address => address.ToString(),
        decimal number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
