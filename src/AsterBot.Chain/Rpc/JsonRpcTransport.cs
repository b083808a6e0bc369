using System.Net.Http.Headers;
using System.Text.Json;

namespace AsterBot.Chain.Rpc;

/// <summary>
/// Sends JSON-RPC 2.0 calls over HTTP to a list of endpoints. Reads fail over to the next endpoint and are retried
/// for a few rounds; writes go to one endpoint once, because a write that timed out may still have been applied.
/// Before an endpoint's first answer is used, its chain id is checked: a node of another chain is never trusted.
/// </summary>
public sealed class JsonRpcTransport : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly RpcClientOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TimeProvider _time;
    private readonly EndpointState[] _endpoints;
    private int _preferred;
    private long _nextId;

    public JsonRpcTransport(RpcClientOptions options, TimeProvider time, HttpClient? http = null)
    {
        options.Validate();
        _options = options;
        _time = time;
        _ownsHttp = http is null;
        // Our own per-request timeout (from the injected clock) governs; HttpClient's would race with it.
        _http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _endpoints = options.Endpoints.Select(e => new EndpointState(e)).ToArray();
    }

    /// <summary>Calls a read-only method: failover across endpoints and retries with backoff.</summary>
    public Task<JsonElement> ReadAsync(string method, object?[] parameters, CancellationToken ct) =>
        CallAsync(method, parameters, _options.ReadRounds, ct);

    /// <summary>Calls a state-changing method once, on the preferred endpoint.</summary>
    public Task<JsonElement> WriteAsync(string method, object?[] parameters, CancellationToken ct) =>
        CallAsync(method, parameters, rounds: 0, ct);

    private async Task<JsonElement> CallAsync(string method, object?[] parameters, int rounds, CancellationToken ct)
    {
        var failures = new List<string>();
        Exception? lastError = null;
        var isWrite = rounds == 0;
        for (var round = 0; round < Math.Max(rounds, 1); round++)
        {
            if (round > 0) await Task.Delay(_options.RetryBackoff * Math.Pow(2, round - 1), _time, ct);
            var start = Volatile.Read(ref _preferred);
            var tries = isWrite ? 1 : _endpoints.Length;
            for (var k = 0; k < tries; k++)
            {
                var index = (start + k) % _endpoints.Length;
                var endpoint = _endpoints[index];
                if (endpoint.Mismatch is { } known)
                {
                    failures.Add(known.Message);
                    lastError = known;
                    continue;
                }
                try
                {
                    await EnsureChainIdAsync(endpoint, ct);
                    var result = await SendAsync(endpoint.Endpoint, method, parameters, ct);
                    Volatile.Write(ref _preferred, index);
                    return result;
                }
                catch (Exception e) when (IsEndpointFailure(e, ct))
                {
                    failures.Add(Describe(endpoint.Endpoint, e));
                    lastError = e;
                }
            }
            if (_endpoints.All(e => e.Mismatch is not null)) throw _endpoints[0].Mismatch!;
        }
        throw new RpcUnavailableException(
            $"No RPC endpoint answered {method}: {string.Join("; ", failures.Distinct())}. " +
            "Check that the node is running and reachable, or add another endpoint with --rpc.", lastError);
    }

    private async Task EnsureChainIdAsync(EndpointState endpoint, CancellationToken ct)
    {
        if (_options.ExpectedChainId is not { } expected || endpoint.ChainIdVerified) return;
        var answer = await SendAsync(endpoint.Endpoint, "eth_chainId", [], ct);
        var actual = HexQuantity.ParseUInt64(answer.ValueKind == JsonValueKind.String ? answer.GetString() : null, "eth_chainId");
        if (actual != expected)
        {
            endpoint.Mismatch = new ChainIdMismatchException(endpoint.Endpoint.DisplayName, expected, actual);
            throw endpoint.Mismatch;
        }
        endpoint.ChainIdVerified = true;
    }

    private async Task<JsonElement> SendAsync(RpcEndpoint endpoint, string method, object?[] parameters, CancellationToken ct)
    {
        var id = Interlocked.Increment(ref _nextId);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id, method, @params = parameters });
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } },
        };
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            await using var stream = await response.Content.ReadAsStreamAsync(linked.Token);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: linked.Token);
            return ReadEnvelope(document.RootElement, id, endpoint, method);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s");
        }
    }

    private static JsonElement ReadEnvelope(JsonElement root, long id, RpcEndpoint endpoint, string method)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new RpcProtocolException($"the answer to {method} is not a JSON-RPC object");
        if (!root.TryGetProperty("id", out var echoedId) || echoedId.ValueKind != JsonValueKind.Number
            || !echoedId.TryGetInt64(out var echoed) || echoed != id)
            throw new RpcProtocolException($"the answer to {method} does not carry the request's id");
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt64(out var parsed) ? parsed : 0;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
            throw new RpcErrorResponseException(endpoint.DisplayName, method, code, message);
        }
        if (!root.TryGetProperty("result", out var result))
            throw new RpcProtocolException($"the answer to {method} has neither result nor error");
        // The document is disposed when we return; the caller keeps an independent copy.
        return result.Clone();
    }

    private static bool IsEndpointFailure(Exception e, CancellationToken ct) => e switch
    {
        OperationCanceledException => !ct.IsCancellationRequested,
        RpcErrorResponseException => false,
        HttpRequestException or TimeoutException or JsonException or RpcProtocolException or ChainIdMismatchException
            or IOException => true,
        _ => false,
    };

    private static string Describe(RpcEndpoint endpoint, Exception e) => e switch
    {
        ChainIdMismatchException => e.Message,
        JsonException => $"{endpoint.DisplayName}: answered with text that is not JSON",
        _ => $"{endpoint.DisplayName}: {e.Message}",
    };

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private sealed class EndpointState(RpcEndpoint endpoint)
    {
        public RpcEndpoint Endpoint { get; } = endpoint;
        public volatile bool ChainIdVerified;
        public volatile ChainIdMismatchException? Mismatch;
    }
}
