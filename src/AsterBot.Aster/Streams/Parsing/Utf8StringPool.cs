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

    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u; // FNV-1a: cheap and good enough for short ASCII keys
        foreach (var b in utf8) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
