namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// Where a connection hands each complete data frame (control replies are consumed by the connection itself).
/// Called from the receive loop, one frame at a time; <paramref name="frame"/> is only valid during the call.
/// <paramref name="streamHint"/> names the stream when the connection carries exactly one raw stream, since raw
/// payloads do not say which stream they belong to.
/// </summary>
public interface IStreamFrameSink
{
    void OnFrame(ReadOnlySpan<byte> frame, string? streamHint);
}
