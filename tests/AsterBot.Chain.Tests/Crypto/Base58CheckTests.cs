using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Tests.Crypto;

public class Base58CheckTests
{
    // The Bitcoin wiki's address example: version 0x00 + HASH160 → a leading zero byte becomes a leading '1'.
    private const string Payload = "00010966776006953D5567439E5E39F86A0D273BEE";
    private const string Text = "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM";

    [Fact]
    public void Encodes_and_decodes_the_reference_address()
    {
        Assert.Equal(Text, Base58Check.Encode(Convert.FromHexString(Payload)));
        Assert.Equal(Payload, Convert.ToHexString(Base58Check.Decode(Text)));
    }

    [Fact]
    public void Several_leading_zero_bytes_survive_a_round_trip()
    {
        byte[] payload = [0, 0, 0, 7, 0, 1];
        var text = Base58Check.Encode(payload);
        Assert.StartsWith("111", text);
        Assert.Equal(payload, Base58Check.Decode(text));
        Assert.Equal([], Base58Check.Decode(Base58Check.Encode([])));
    }

    [Fact]
    public void Changed_character_fails_the_checksum()
    {
        var ex = Assert.Throws<FormatException>(() => Base58Check.Decode("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvN"));
        Assert.Contains("checksum", ex.Message);
    }
}
