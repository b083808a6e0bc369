using AsterBot.Aster.Errors;
using AsterBot.Aster.Streams.UserData;

namespace AsterBot.Aster.Rest.StreamSources;

/// <summary>The user-data stream's listen-key lifecycle over REST (futures or spot <see cref="UserStreamApi"/>).</summary>
public sealed class RestListenKeyService(UserStreamApi api) : IListenKeyService
{
    private const int InvalidListenKey = -1125;

    public async Task<string> StartAsync(CancellationToken ct) => (await api.StartAsync(ct).ConfigureAwait(false)).GetOrThrow();

    /// <summary>False when the exchange no longer knows the key (-1125): the stream must start a new one.</summary>
    public async Task<bool> KeepAliveAsync(string listenKey, CancellationToken ct)
    {
        var result = await api.KeepAliveAsync(listenKey, ct).ConfigureAwait(false);
        if (result.IsSuccess) return true;
        return result.Error.Code == InvalidListenKey ? false : throw new AsterException(result.Error);
    }

    public async Task CloseAsync(string listenKey, CancellationToken ct) => (await api.CloseAsync(listenKey, ct).ConfigureAwait(false)).GetOrThrow();
}
