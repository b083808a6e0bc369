using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using AsterBot.Aster.Auth;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;
using AsterBot.Aster.RateLimits;

namespace AsterBot.Aster.Rest;

/// <summary>
/// Sends requests to one market's host: picks the generation's path, passes the rate-limit gates, signs, sends,
/// and turns the answer into an <see cref="AsterResult{T}"/>. V1 measures the server clock before its first
/// signed call and again after a -1021 (then retries once: the exchange refused that request, so it did not run).
/// </summary>
public sealed class AsterRestChannel
{
    private readonly HttpClient _http;
    private readonly IRequestSigner? _signer;
    private readonly ServerClock? _clock;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _clockSync = new(1, 1);
    private readonly string _baseText;
    private volatile bool _clockSynced;

    public AsterRestChannel(HttpClient http, Uri baseUri, Market market, ApiGeneration generation, IRequestSigner? signer,
        ServerClock? clock, AsterRateLimits limits, TimeProvider time, AsterJsonContext json, TimeSpan timeout)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        BaseUri = baseUri ?? throw new ArgumentNullException(nameof(baseUri));
        _baseText = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (signer?.Scheme == AuthScheme.V1Hmac && clock is null)
            throw new ArgumentException("V1 (HMAC) credentials need the ServerClock their signer uses, so the client can measure the server-time offset.", nameof(clock));
        Market = market;
        Generation = signer is null ? generation : signer.Scheme == AuthScheme.V3Eip712 ? ApiGeneration.V3 : ApiGeneration.V1;
        _signer = signer;
        _clock = clock;
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Json = json ?? throw new ArgumentNullException(nameof(json));
        _timeout = timeout;
    }

    public Uri BaseUri { get; }
    public Market Market { get; }
    public ApiGeneration Generation { get; }
    public AsterRateLimits Limits { get; }
    public AsterJsonContext Json { get; }

    /// <summary>Sends and parses. <paramref name="weight"/> overrides the endpoint's weight (depth, klines, no-symbol tickers); <paramref name="orders"/> is the number of orders it places.</summary>
    public async Task<AsterResult<T>> SendAsync<T>(Endpoint endpoint, RequestParameters? parameters, JsonTypeInfo<T> type,
        CancellationToken cancellationToken, int? weight = null, int orders = 1)
    {
        var raw = await SendRawAsync(endpoint, parameters, cancellationToken, weight, orders).ConfigureAwait(false);
        return raw.Error is { } error
            ? error
            : ResponseInterpreter.Parse(raw.Status, raw.Body, type, endpoint.IsStateChanging);
    }

    /// <summary>Sends and returns the raw body, or the error (used by typed calls and by <c>asterbot aster call</c>).</summary>
    public async Task<RawResponse> SendRawAsync(Endpoint endpoint, RequestParameters? parameters, CancellationToken cancellationToken,
        int? weight = null, int orders = 1)
    {
        var encoded = parameters?.ToString() ?? "";
        if (Unusable(endpoint) is { } unusable) return new RawResponse(0, [], unusable);
        for (var attempt = 0; ; attempt++)
        {
            var gateError = await PassGatesAsync(endpoint, weight, orders, cancellationToken).ConfigureAwait(false);
            if (gateError is not null) return new RawResponse(0, [], gateError);
            if (NeedsClock(endpoint) && !_clockSynced)
            {
                var syncError = await SyncClockAsync(cancellationToken).ConfigureAwait(false);
                if (syncError is not null) return new RawResponse(0, [], syncError);
            }
            var prepared = Prepare(endpoint, encoded);
            if (!prepared.IsSuccess) return new RawResponse(0, [], prepared.Error);
            var response = await TransmitAsync(prepared.Data, endpoint.IsStateChanging, cancellationToken).ConfigureAwait(false);
            if (attempt == 0 && response.Error?.Code == AsterErrorCodes.InvalidTimestamp && _clock is not null)
            {
                _clockSynced = false; // -1021: our offset drifted; the request was refused, so measuring and resending is safe
                continue;
            }
            return response;
        }
    }

    /// <summary>Builds the exact wire request (signing it when the endpoint needs it), without sending.</summary>
    public AsterResult<PreparedRequest> Prepare(Endpoint endpoint, string encodedParameters)
    {
        if (Unusable(endpoint) is { } unusable) return unusable;
        var path = endpoint.PathFor(Generation)!;
        var signs = Signs(endpoint);
        var sendsKey = SendsKey(endpoint);
        var wire = signs ? _signer!.Sign(encodedParameters) : encodedParameters;
        var apiKey = sendsKey || signs ? _signer!.ApiKeyHeader : null;
        var isGet = endpoint.Method == HttpMethod.Get;
        // Appended, not resolved: a proxy base URL may carry a path prefix that an absolute path would drop.
        var url = new Uri(_baseText + (isGet && wire.Length > 0 ? path + "?" + wire : path));
        return AsterResult<PreparedRequest>.Success(new PreparedRequest(endpoint.Method, url, isGet || wire.Length == 0 ? null : wire, apiKey));
    }

    /// <summary>Measures the server-time offset (V1 timestamps must fall in the server's recvWindow).</summary>
    public async Task<AsterError?> SyncClockAsync(CancellationToken cancellationToken)
    {
        if (_clock is null) return null;
        await _clockSync.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_clockSynced) return null;
            var timeEndpoint = Market == Market.Futures ? FuturesEndpoints.Time : SpotEndpoints.Time;
            var gateError = await PassGatesAsync(timeEndpoint, null, 0, cancellationToken).ConfigureAwait(false);
            if (gateError is not null) return gateError;
            var sentAt = _time.GetUtcNow();
            var response = await TransmitAsync(Prepare(timeEndpoint, "").Data!, false, cancellationToken).ConfigureAwait(false);
            var receivedAt = _time.GetUtcNow();
            if (response.Error is { } error) return error with { Message = "Could not read the server time to sync the clock: " + error.Message };
            var parsed = ResponseInterpreter.Parse(response.Status, response.Body, Json.ServerTime, false);
            if (!parsed.IsSuccess) return parsed.Error;
            _clock.Observe(parsed.Data.ServerTimeMs, sentAt, receivedAt);
            _clockSynced = true;
            return null;
        }
        finally
        {
            _clockSync.Release();
        }
    }

    /// <summary>Why this client cannot call the endpoint at all (wrong generation, missing credentials), or null.</summary>
    private AsterError? Unusable(Endpoint endpoint)
    {
        var path = endpoint.PathFor(Generation);
        if (path is null)
            return new AsterError(AsterErrorKind.InvalidRequest, Generation == ApiGeneration.V1
                ? $"{endpoint.Method} {endpoint.V3Path} exists only in Aster's V3 API: use API-wallet (V3) credentials."
                : $"{endpoint.Method} {endpoint.V1Path} exists only in Aster's V1 API: use a V1 API key and secret.");
        if ((Signs(endpoint) || SendsKey(endpoint)) && _signer is null)
            return new AsterError(AsterErrorKind.BadApiKey, $"{endpoint.Method} {path} needs credentials: configure a V1 API key/secret or V3 API-wallet (user, signer, signer key).");
        return null;
    }

    private bool Signs(Endpoint endpoint) =>
        endpoint.Security == EndpointSecurity.Signed || (endpoint.Security == EndpointSecurity.UserStream && Generation == ApiGeneration.V3);

    private bool SendsKey(Endpoint endpoint) => endpoint.Security != EndpointSecurity.None && Generation == ApiGeneration.V1;

    private bool NeedsClock(Endpoint endpoint) => _clock is not null && Generation == ApiGeneration.V1 && endpoint.Security == EndpointSecurity.Signed;

    private async ValueTask<AsterError?> PassGatesAsync(Endpoint endpoint, int? weight, int orders, CancellationToken cancellationToken)
    {
        var error = await Limits.RequestWeight.AcquireAsync(weight ?? endpoint.Weight, cancellationToken).ConfigureAwait(false);
        if (error is null && endpoint.CountsAsOrder)
            error = await Limits.Orders.AcquireAsync(orders, cancellationToken).ConfigureAwait(false);
        return error;
    }

    private async Task<RawResponse> TransmitAsync(PreparedRequest prepared, bool stateChanging, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(prepared.Method, prepared.Url);
        if (prepared.ApiKey is not null) message.Headers.TryAddWithoutValidation(PreparedRequest.ApiKeyHeaderName, prepared.ApiKey);
        if (prepared.Body is not null)
            message.Content = new StringContent(prepared.Body, Encoding.UTF8, new MediaTypeHeaderValue(PreparedRequest.FormContentType));

        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            ObserveUsageHeaders(response.Headers);
            var error = ResponseInterpreter.FindError(status, body, stateChanging, retryAfter);
            if (status == 418) Limits.RequestWeight.OnBanned(retryAfter);
            else if (status == 429 || error?.Code == AsterErrorCodes.TooManyRequests) Limits.RequestWeight.OnRateLimited(retryAfter);
            else if (error?.Code == AsterErrorCodes.TooManyOrders) Limits.Orders.OnRateLimited(retryAfter);
            return new RawResponse(status, body, error);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RawResponse(0, [], stateChanging
                ? new AsterError(AsterErrorKind.OutcomeUnknown, $"No answer within {_timeout.TotalSeconds:0.#} s to {prepared}. It may have executed: look it up by client id before retrying.")
                : new AsterError(AsterErrorKind.NetworkError, $"No answer within {_timeout.TotalSeconds:0.#} s to {prepared}."));
        }
        catch (HttpRequestException ex)
        {
            var nothingSent = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
            return new RawResponse(0, [], stateChanging && !nothingSent
                ? new AsterError(AsterErrorKind.OutcomeUnknown, $"The connection failed after sending {prepared} ({ex.HttpRequestError}). It may have executed: look it up by client id before retrying.")
                : new AsterError(AsterErrorKind.NetworkError, $"Could not reach {BaseUri.Host} for {prepared} ({ex.HttpRequestError}: {ex.Message})."));
        }
    }

    private void ObserveUsageHeaders(HttpResponseHeaders headers)
    {
        foreach (var header in headers)
        {
            var gate = header.Key.StartsWith("X-MBX-USED-WEIGHT-", StringComparison.OrdinalIgnoreCase) ? Limits.RequestWeight
                : header.Key.StartsWith("X-MBX-ORDER-COUNT-", StringComparison.OrdinalIgnoreCase) ? Limits.Orders
                : null;
            if (gate is null) continue;
            var suffix = header.Key.AsSpan(header.Key.LastIndexOf('-') + 1);
            if (RateLimitWindow.TryParseSuffix(suffix, out var length) && int.TryParse(header.Value.FirstOrDefault(), out var used))
                gate.ObserveUsage(length, used);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
        _ => null,
    };
}

/// <summary>An HTTP answer before parsing: status (0 when none arrived), body bytes, and the error found, if any.</summary>
public sealed record RawResponse(int Status, byte[] Body, AsterError? Error);
