namespace AsterBot.Aster.Streams.Connection;

/// <summary>The server answered a SUBSCRIBE/UNSUBSCRIBE/LIST_SUBSCRIPTIONS frame with an error.</summary>
public sealed class StreamRequestException(string method, int code, string message)
    : Exception($"The stream server rejected {method}: code {code}, \"{message}\".")
{
    public string Method { get; } = method;
    public int Code { get; } = code;
    public string ServerMessage { get; } = message;
}

/// <summary>The socket closed before the reply to a control frame came; the subscription set is kept and replayed on reconnect.</summary>
public sealed class StreamConnectionLostException(string message, Exception? inner = null) : Exception(message, inner);
