using System.Runtime.InteropServices;
using System.Text;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>
/// Returns the same string instance for repeated UTF-8 values (symbols, stream names), so the hot path does not
/// allocate a new "BTCUSDT" per message. A direct-mapped cache: a collision just replaces the slot. Not thread-safe;
/// each dispatcher owns one.
/// </summary>
internal sealed class Utf8StringPool
{
    private const int Slots = 1024;
    private const int MaxCachedBytes = 64;
    private readonly (byte[] Utf8, string Text)?[] _slots = new (byte[], string)?[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedBytes) return Encoding.UTF8.GetString(utf8);
        var slot = (int)(Hash(utf8) % Slots);
        if (_slots[slot] is { } cached && cached.Utf8.AsSpan().SequenceEqual(utf8)) return cached.Text;
        var text = Encoding.UTF8.GetString(utf8);
        _slots[slot] = (utf8.ToArray(), text);
        return text;
    }

    /// <summary>
    /// Length plus the first and last eight bytes: constant time, and enough to tell the exchange's symbols and
    /// stream names apart (a collision only costs refilling a slot).
    /// </summary>
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        ulong head, tail;
        if (utf8.Length >= sizeof(ulong))
        {
            head = MemoryMarshal.Read<ulong>(utf8);
            tail = MemoryMarshal.Read<ulong>(utf8[^sizeof(ulong)..]);
        }
        else
        {
            head = tail = 0;
            foreach (var b in utf8) head = head << 8 | b;
        }
        var mixed = (head * 0x9E3779B97F4A7C15UL ^ tail) * 0x9E3779B97F4A7C15UL; // Fibonacci hashing
        return (uint)(mixed >> 32) ^ (uint)utf8.Length;
    }
}
