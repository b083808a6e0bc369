using System.Globalization;
using System.Text;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// EIP-191 version 0x45 ("personal_sign"): keccak256(0x19 ‖ "Ethereum Signed Message:\n" ‖ decimal length ‖ message). Wallets
/// add this prefix so a signed message can never be replayed as a transaction.
/// </summary>
public static class PersonalMessage
{
    public static void Hash(ReadOnlySpan<byte> message, Span<byte> digest32)
    {
        var prefix = Encoding.ASCII.GetBytes("\u0019Ethereum Signed Message:\n" + message.Length.ToString(CultureInfo.InvariantCulture));
        var preimage = new byte[prefix.Length + message.Length];
        prefix.CopyTo(preimage, 0);
        message.CopyTo(preimage.AsSpan(prefix.Length));
        Keccak256.Hash(preimage, digest32);
    }

    public static byte[] Hash(ReadOnlySpan<byte> message)
    {
        var digest = new byte[32];
        Hash(message, digest);
        return digest;
    }
}
