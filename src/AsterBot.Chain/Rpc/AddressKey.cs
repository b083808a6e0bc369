using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace AsterBot.Chain.Rpc;

/// <summary>
/// The 20 bytes of an account address as a value type: what the RPC layer reads off the wire and what the block
/// watcher keeps in its hash set, so matching a transaction costs one hash and one compare, with no allocation.
/// User-facing validation (EIP-55 checksums) belongs to <c>EthAddress</c>; this type accepts any letter case
/// because nodes answer in lowercase.
/// </summary>
public readonly struct AddressKey : IEquatable<AddressKey>
{
    public const int ByteLength = 20;

    private readonly ulong _head;
    private readonly ulong _middle;
    private readonly uint _tail;

    private AddressKey(ulong head, ulong middle, uint tail)
    {
        _head = head;
        _middle = middle;
        _tail = tail;
    }

    public static AddressKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength)
            throw new ArgumentException($"An address is {ByteLength} bytes, not {bytes.Length}.", nameof(bytes));
        return new AddressKey(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]));
    }

    /// <summary>Parses "0x" + 40 hex digits in any case; returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out AddressKey key)
    {
        key = default;
        if (text.Length != 2 + 2 * ByteLength || text[0] != '0' || (text[1] != 'x' && text[1] != 'X')) return false;
        Span<byte> bytes = stackalloc byte[ByteLength];
        if (Convert.FromHexString(text[2..], bytes, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != ByteLength)
            return false;
        key = FromBytes(bytes);
        return true;
    }

    public static AddressKey Parse(string? text, string field)
    {
        if (text is null) throw new RpcProtocolException($"'{field}' is missing.");
        if (!TryParse(text, out var key))
            throw new RpcProtocolException($"'{field}' = \"{HexQuantity.Shorten(text)}\" is not 0x followed by 40 hex digits.");
        return key;
    }

    public void WriteBytes(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _head);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _middle);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], _tail);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[ByteLength];
        WriteBytes(bytes);
        return bytes;
    }

    public bool Equals(AddressKey other) => _head == other._head && _middle == other._middle && _tail == other._tail;

    public override bool Equals(object? obj) => obj is AddressKey other && Equals(other);

    // Addresses are hash outputs, so their leading bytes are already uniformly spread: no mixing needed.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int GetHashCode() => (int)_head ^ (int)(_head >> 32);

    public static bool operator ==(AddressKey left, AddressKey right) => left.Equals(right);

    public static bool operator !=(AddressKey left, AddressKey right) => !left.Equals(right);

    /// <summary>Lowercase "0x…" form, as nodes write it (the EIP-55 form needs keccak and lives on EthAddress).</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[ByteLength];
        WriteBytes(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }
}
