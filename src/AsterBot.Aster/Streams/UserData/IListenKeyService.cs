namespace AsterBot.Aster.Streams.UserData;

/// <summary>
/// Listen-key lifecycle (futures <c>/fapi/v1/listenKey</c>, spot <c>/api/v1/listenKey</c>: POST, PUT, DELETE).
/// The REST client implements it; the key is a credential for the account's stream, so never log it.
/// </summary>
public interface IListenKeyService
{
    /// <summary>POST: returns the account's listen key (the server returns and extends an active one).</summary>
    Task<string> StartAsync(CancellationToken ct);

    /// <summary>
    /// PUT: extends the key's 60-minute validity. Returns false when the server no longer knows the key
    /// (error -1125 INVALID_LISTEN_KEY), so a new key is needed; throws on other failures.
    /// </summary>
    Task<bool> KeepAliveAsync(string listenKey, CancellationToken ct);

    /// <summary>DELETE: ends the key.</summary>
    Task CloseAsync(string listenKey, CancellationToken ct);
}
