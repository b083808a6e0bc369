using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Rest;

/// <summary>
/// Listen keys for the user-data WebSocket: start (returns the active key, extending it), keep alive (every
/// 30–50 min; a key lives 60 min), close. Spot wants the key back as a parameter; futures identifies it by account.
/// </summary>
public sealed class UserStreamApi
{
    private readonly AsterRestChannel _channel;
    private readonly Endpoint _start, _keepAlive, _close;
    private readonly bool _sendsKey;

    internal UserStreamApi(AsterRestChannel channel, Endpoint start, Endpoint keepAlive, Endpoint close, bool sendsKey) =>
        (_channel, _start, _keepAlive, _close, _sendsKey) = (channel, start, keepAlive, close, sendsKey);

    public async Task<AsterResult<string>> StartAsync(CancellationToken ct = default) =>
        (await _channel.SendAsync(_start, null, _channel.Json.ListenKey, ct).ConfigureAwait(false)).Map(k => k.Value);

    public async Task<AsterResult<bool>> KeepAliveAsync(string listenKey, CancellationToken ct = default) =>
        (await _channel.SendAsync(_keepAlive, KeyParameter(listenKey), _channel.Json.EmptyResponse, ct).ConfigureAwait(false)).Map(_ => true);

    public async Task<AsterResult<bool>> CloseAsync(string listenKey, CancellationToken ct = default) =>
        (await _channel.SendAsync(_close, KeyParameter(listenKey), _channel.Json.EmptyResponse, ct).ConfigureAwait(false)).Map(_ => true);

    private RequestParameters? KeyParameter(string listenKey) => _sendsKey ? new RequestParameters().Add("listenKey", listenKey) : null;
}
