namespace AsterBot.Chain.Rpc;

/// <summary>Base of every failure the RPC client reports; messages name the cause and never include URL paths (which may hold provider keys).</summary>
public class RpcException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A node answered with something that is not valid JSON-RPC or breaks the value formats of the protocol.</summary>
public sealed class RpcProtocolException(string message, Exception? inner = null) : RpcException(message, inner);

/// <summary>A node answered with a JSON-RPC error object: the request itself was refused, so it is not retried.</summary>
public sealed class RpcErrorResponseException(string endpoint, string method, long code, string nodeMessage)
    : RpcException($"{endpoint} refused {method}: error {code}: {HexQuantity.Shorten(nodeMessage)}")
{
    public long Code { get; } = code;
    public string NodeMessage { get; } = nodeMessage;
}

/// <summary>Every configured endpoint failed (down, slow, garbage, or on the wrong chain) for one call.</summary>
public sealed class RpcUnavailableException(string message, Exception? lastError) : RpcException(message, lastError);

/// <summary>An endpoint serves a different chain than the configuration expects: its data must not be used.</summary>
public sealed class ChainIdMismatchException(string endpoint, ulong expected, ulong actual)
    : RpcException($"{endpoint} serves chain id {actual}, but the configuration expects chain id {expected}. " +
                   "Point the RPC setting at a node of the expected chain, or change the configured chain id.")
{
    public ulong Expected { get; } = expected;
    public ulong Actual { get; } = actual;
}
