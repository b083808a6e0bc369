using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AsterBot.Aster.Tests.Streams;

/// <summary>
/// A real WebSocket server on 127.0.0.1 (Kestrel, random port) that speaks the Aster stream control protocol
/// well enough for tests: records every connection's URL and frames, answers SUBSCRIBE / UNSUBSCRIBE /
/// LIST_SUBSCRIPTIONS, and lets a test push payloads, drop or refuse connections.
/// </summary>
public sealed class LoopbackStreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ServerConnection> _accepted = Channel.CreateUnbounded<ServerConnection>();
    private readonly ConcurrentQueue<ServerConnection> _all = new();

    private LoopbackStreamServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>When true the upgrade request is answered 403, as a server refusing connections would.</summary>
    public volatile bool Refuse;

    /// <summary>When true control frames are recorded but never answered.</summary>
    public volatile bool Unresponsive;

    /// <summary>Optional error reply for a control frame; null means answer normally.</summary>
    public Func<JsonElement, string?>? ErrorReply;

    public IReadOnlyList<ServerConnection> Connections => _all.ToArray();

    public static async Task<LoopbackStreamServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackStreamServer(app);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Urls.Single().Replace("http://", "ws://"));
        return server;
    }

    /// <summary>Waits for the next accepted connection.</summary>
    public async Task<ServerConnection> NextConnectionAsync() =>
        await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Default);

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || Refuse)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        using var ws = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new ServerConnection(this, ws, context.Request.Path.Value ?? "", context.Request.Query["streams"].ToString())
        {
            OthersOpenWhenAccepted = _all.Count(c => !c.Closed.IsCompleted),
        };
        _all.Enqueue(connection);
        _accepted.Writer.TryWrite(connection);
        await connection.RunAsync(context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _all) connection.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed class ServerConnection
    {
        private readonly LoopbackStreamServer _server;
        private readonly WebSocket _ws;
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private readonly Channel<JsonElement> _controlFrames = Channel.CreateUnbounded<JsonElement>();
        private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _subscriptions = [];

        internal ServerConnection(LoopbackStreamServer server, WebSocket ws, string path, string streamsQuery)
        {
            _server = server;
            _ws = ws;
            Path = path;
            StreamsQuery = streamsQuery;
            if (path.StartsWith("/ws/", StringComparison.Ordinal)) _subscriptions.Add(path["/ws/".Length..]);
            if (streamsQuery.Length > 0) _subscriptions.AddRange(streamsQuery.Split('/'));
        }

        public string Path { get; }

        public string StreamsQuery { get; }

        private int _controlFrameCount;

        public int ControlFrameCount => Volatile.Read(ref _controlFrameCount);

        /// <summary>How many other connections were still open when this one was accepted.</summary>
        public int OthersOpenWhenAccepted { get; init; }

        /// <summary>Completes when the socket ends, whoever ended it.</summary>
        public Task Closed => _closed.Task;

        /// <summary>True once the client sent a close frame (a clean close rather than a drop).</summary>
        public bool ClientClosedCleanly { get; private set; }

        public IReadOnlyList<string> Subscriptions
        {
            get { lock (_subscriptions) return _subscriptions.ToArray(); }
        }

        public async Task<JsonElement> NextControlFrameAsync() =>
            await _controlFrames.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Default);

        public async Task SendAsync(string json)
        {
            await _sendLock.WaitAsync();
            try
            {
                await _ws.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>Starts a clean close handshake from the server side.</summary>
        public Task CloseAsync() => _ws.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "going away", CancellationToken.None);

        /// <summary>Drops the TCP connection without a close handshake.</summary>
        public void Abort() => _ws.Abort();

        internal async Task RunAsync(CancellationToken ct)
        {
            var buffer = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    var length = 0;
                    ValueWebSocketReceiveResult result;
                    do
                    {
                        result = await _ws.ReceiveAsync(buffer.AsMemory(length), ct);
                        length += result.Count;
                    } while (!result.EndOfMessage);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientClosedCleanly = true;
                        await _ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                        return;
                    }
                    using var doc = JsonDocument.Parse(buffer.AsMemory(0, length));
                    var frame = doc.RootElement.Clone();
                    Interlocked.Increment(ref _controlFrameCount);
                    if (!_server.Unresponsive) await AnswerAsync(frame);
                    _controlFrames.Writer.TryWrite(frame);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // dropped
            }
            finally
            {
                _closed.TrySetResult();
            }
        }

        private async Task AnswerAsync(JsonElement frame)
        {
            var id = frame.GetProperty("id").GetInt64();
            if (_server.ErrorReply?.Invoke(frame) is { } error)
            {
                await SendAsync(error.Replace("$id", id.ToString()));
                return;
            }
            var method = frame.GetProperty("method").GetString();
            var streams = frame.TryGetProperty("params", out var p) ? p.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            string result;
            lock (_subscriptions)
            {
                if (method == "SUBSCRIBE") _subscriptions.AddRange(streams.Where(s => !_subscriptions.Contains(s)));
                if (method == "UNSUBSCRIBE") _subscriptions.RemoveAll(streams.Contains);
                result = method == "LIST_SUBSCRIPTIONS" ? JsonSerializer.Serialize(_subscriptions) : "null";
            }
            await SendAsync($$"""{"result":{{result}},"id":{{id}}}""");
        }
    }
}
