using System.Text;
using AsterBot.Chain.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace AsterBot.Chain.Tests.Crypto;

public class Keccak256Tests
{
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("The quick brown fox jumps over the lazy dog", "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    public void Hashes_match_known_vectors(string input, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Keccak256.Hash(Encoding.ASCII.GetBytes(input))));

    [Fact]
    public void Input_longer_than_one_block_matches_the_reference()
    {
        // 200 bytes cross the 136-byte rate: one full block is permuted before the padded tail.
        // Expected value from a separate spec-literal (loop-form) Keccak written for checking.
        var data = Enumerable.Repeat((byte)'a', 200).ToArray();
        Assert.Equal("96ea54061def936c4be90b518992fdc6f12f535068a256229aca54267b4d084d", Convert.ToHexStringLower(Keccak256.Hash(data)));
    }

    [Fact]
    public void Agrees_with_BouncyCastle_at_every_length_around_block_boundaries()
    {
        var data = Enumerable.Range(0, 600).Select(i => (byte)(i * 31 + 7)).ToArray();
        Span<byte> ours = stackalloc byte[32];
        var theirs = new byte[32];
        for (var length = 0; length <= data.Length; length++)
        {
            var digest = new KeccakDigest(256);
            digest.BlockUpdate(data, 0, length);
            digest.DoFinal(theirs, 0);
            Keccak256.Hash(data.AsSpan(0, length), ours);
            Assert.True(ours.SequenceEqual(theirs), $"length {length}");
        }
    }

    [Fact]
    public void Is_not_sha3_256()
    {
        // SHA3-256("") = a7ffc6f8...; Ethereum's keccak pads differently and must not produce it.
        Assert.NotEqual("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", Convert.ToHexStringLower(Keccak256.Hash([])));
    }

    [Fact]
    public void Short_destination_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Keccak256.Hash([1, 2, 3], new byte[31]));
        Assert.Contains("32 bytes", ex.Message);
    }
}
