namespace AsterBot.Aster.Streams.Connection;

/// <summary>Builds the URL a socket opens: <c>/stream?streams=a/b</c> (combined) or <c>/ws/&lt;stream|listenKey&gt;</c> (raw).</summary>
internal static class StreamUrl
{
    /// <returns>The URL and the streams it already subscribes (the rest need SUBSCRIBE frames).</returns>
    public static (Uri Uri, IReadOnlyList<string> Covered) Build(StreamConnectionOptions options, IReadOnlyList<string> streams)
    {
        // Keep any path prefix of the base URL (a proxy may mount the streams under one).
        var root = options.BaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (options.Combined)
            return streams.Count == 0
                ? (new Uri(root + "/stream"), [])
                : (new Uri(root + "/stream?streams=" + string.Join('/', streams)), streams.ToArray());
        if (options.RawPath is { } fixedPath) return (new Uri(root + "/ws/" + fixedPath), []);
        return streams.Count == 0 ? (new Uri(root + "/ws"), []) : (new Uri(root + "/ws/" + streams[0]), [streams[0]]);
    }

    /// <summary>Refuses names that would break the URL or a control frame, with the expected form in the message.</summary>
    public static void ValidateStreamName(string stream)
    {
        if (string.IsNullOrWhiteSpace(stream) || stream.Any(c => char.IsWhiteSpace(c) || c is '/' or '?' or '&' or '#' or '"' or '\\'))
            throw new ArgumentException(
                $"'{stream}' is not a stream name. Stream names look like btcusdt@aggTrade, btcusdt@depth@100ms or !markPrice@arr.",
                nameof(stream));
    }
}
