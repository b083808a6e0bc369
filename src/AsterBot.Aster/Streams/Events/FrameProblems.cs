namespace AsterBot.Aster.Streams.Events;

/// <summary>A well-formed event whose type this client does not know (or deliberately skips, e.g. announcements).</summary>
public sealed record UnknownStreamEvent(string EventType, string? Stream, string Excerpt);

/// <summary>A frame that could not be parsed; it was skipped and the connection keeps running.</summary>
public sealed record MalformedFrame(string Reason, string Excerpt)
{
    /// <summary>Frames are quoted at most this long in reports, so a huge frame cannot flood a log.</summary>
    public const int MaxExcerptChars = 200;

    public static string ExcerptOf(ReadOnlySpan<byte> frame)
    {
        var take = Math.Min(frame.Length, MaxExcerptChars);
        var text = System.Text.Encoding.UTF8.GetString(frame[..take]);
        return take < frame.Length ? text + "…" : text;
    }
}
