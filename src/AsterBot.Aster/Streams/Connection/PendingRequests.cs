using System.Collections.Concurrent;
using System.Text.Json;

namespace AsterBot.Aster.Streams.Connection;

/// <summary>Control frames awaiting their reply, by id. Ids are unique for the connection's whole life, across sockets.</summary>
internal sealed class PendingRequests
{
    private readonly ConcurrentDictionary<long, Pending> _pending = new();
    private long _lastId;

    public (long Id, Task<JsonElement?> Reply) Register(string method)
    {
        var id = Interlocked.Increment(ref _lastId);
        var pending = new Pending(method);
        _pending[id] = pending;
        return (id, pending.Completion.Task);
    }

    public void Forget(long id) => _pending.TryRemove(id, out _);

    /// <summary>
    /// Resolves the request the reply names. Errors without an id (the server could not read the frame's id) go
    /// to the oldest waiting request, since the server answers in order.
    /// </summary>
    public void Complete(ControlReply reply)
    {
        var id = reply.Id ?? (_pending.IsEmpty ? (long?)null : _pending.Keys.Min());
        if (id is null || !_pending.TryRemove(id.Value, out var pending)) return;
        if (reply.IsError)
            pending.Completion.TrySetException(new StreamRequestException(pending.Method, reply.ErrorCode!.Value, reply.ErrorMessage ?? ""));
        else
            pending.Completion.TrySetResult(reply.Result);
    }

    private sealed record Pending(string Method)
    {
        public TaskCompletionSource<JsonElement?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
