using AsterBot.Aster.Errors;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Streams.UserData;

namespace AsterBot.Aster.Streams.Rest;

/// <summary>
/// The user-data stream's listen keys taken from a real <see cref="AsterClient"/>: <c>client.Futures.UserStream</c>
/// or <c>client.Spot.UserStream</c>, with whichever credentials (V1 or V3) the client holds.
/// </summary>
public sealed class RestListenKeyService(UserStreamApi api) : IListenKeyService
{
    /// <summary>INVALID_LISTEN_KEY: the server no longer knows the key (expired or closed).</summary>
    public const int InvalidListenKeyCode = -1125;

    private readonly UserStreamApi _api = api ?? throw new ArgumentNullException(nameof(api));

    public async Task<string> StartAsync(CancellationToken ct) =>
        (await _api.StartAsync(ct).ConfigureAwait(false)).GetOrThrow();

    public async Task<bool> KeepAliveAsync(string listenKey, CancellationToken ct)
    {
        var result = await _api.KeepAliveAsync(listenKey, ct).ConfigureAwait(false);
        // A forgotten key is an answer, not a failure: the stream takes a new one.
        if (result.Error?.Code == InvalidListenKeyCode) return false;
        return result.GetOrThrow();
    }

    public async Task CloseAsync(string listenKey, CancellationToken ct) =>
        (await _api.CloseAsync(listenKey, ct).ConfigureAwait(false)).GetOrThrow();
}
