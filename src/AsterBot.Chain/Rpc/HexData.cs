namespace AsterBot.Chain.Rpc;

/// <summary>Fixed-length hex data on the wire (block and transaction hashes), checked and normalised to lowercase.</summary>
public static class HexData
{
    /// <summary>Returns the value as "0x" + lowercase hex after checking it holds exactly <paramref name="bytes"/> bytes.</summary>
    public static string Normalize(string? text, int bytes, string field)
    {
        if (text is null) throw new RpcProtocolException($"'{field}' is missing.");
        if (text.Length != 2 + 2 * bytes || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
            throw new RpcProtocolException(
                $"'{field}' = \"{HexQuantity.Shorten(text)}\" is not 0x followed by {2 * bytes} hex digits.");
        for (var i = 2; i < text.Length; i++)
        {
            if (!char.IsAsciiHexDigit(text[i]))
                throw new RpcProtocolException($"'{field}' = \"{HexQuantity.Shorten(text)}\" contains a non-hex character.");
        }
        return text.ToLowerInvariant();
    }

    public static string NormalizeHash(string? text, string field) => Normalize(text, 32, field);
}
