using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server.Http;

namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// API-wallet (agent) authentication as API.md §3 states it: recover the signer from the EIP-712 Message{msg}
/// signature over the received string minus <c>&amp;signature=…</c> (whatever the parameter order), require it to be
/// <c>signer</c>, an approved unexpired agent of <c>user</c> or <c>user</c> itself (no <c>user</c>: the agent's owner),
/// then the nonce window and last-100 replay rule, the agent's IP whitelist and its permission for the route. An
/// expired agent may only read the agent list (<see cref="MayUseExpiredAgent"/>).
/// </summary>
public sealed class V3Authenticator(AccountRegistry accounts, SimulatorClock clock, NonceStore nonces, long chainId)
{
    public long ChainId { get; } = chainId;

    public void Authenticate(AsterRequest request)
    {
        var p = request.Params;
        var signerText = p.Required("signer");
        var nonce = p.RequiredLong("nonce");
        p.Required("signature");
        if (!Address.IsValid(signerText)) throw new AsterErrorException(AsterError.BadParameter("signer"));

        var recovered = RecoverSigner(p, ChainId) ?? throw new AsterErrorException(AsterError.InvalidSignature);
        if (!recovered.Equals(signerText, StringComparison.OrdinalIgnoreCase))
            throw new AsterErrorException(AsterError.InvalidSignature);

        var (account, grant) = ResolveGrant(p.Optional("user"), signerText, MayUseExpiredAgent(request.Route));

        switch (nonces.TryUse(signerText, nonce, clock.NowMicroseconds))
        {
            case NonceStore.Verdict.OutsideWindow:
            case NonceStore.Verdict.Expired:
                throw new AsterErrorException(AsterError.NonceExpired);
            case NonceStore.Verdict.Duplicate:
                throw new AsterErrorException(AsterError.NonceReused);
        }

        if (!grant.IpWhitelist.Allows(request.ClientIp) || !grant.Allows(request.Route.Permission))
            throw new AsterErrorException(AsterError.RejectedKey);
        request.Account = account;
    }

    /// <summary>The address that signed the request's wire string under <paramref name="domainChainId"/>, or null.</summary>
    public static string? RecoverSigner(AsterParameters p, long domainChainId) =>
        RecoverSigner(SignedPayload.V3(p.RawQuery, p.RawBody), p.Required("signature"), domainChainId);

    /// <summary>The address that signed <paramref name="message"/> (Message{msg} typed data), or null.</summary>
    public static string? RecoverSigner(string message, string signature, long domainChainId) =>
        V3Signature.TryRecoverSigner(message + "&signature=" + signature, domainChainId, out var signer) ? signer.ToString() : null;

    /// <summary>
    /// An expired agent may still list the wallet's agents, and nothing else: its holder can then see the expiry that
    /// gets every other request refused (-2015 does not say why), as the connection test does.
    /// </summary>
    private static bool MayUseExpiredAgent(AsterRoute route) => route is { Method: "GET", Path: "/fapi/v3/agent" };

    private (SimAccount Account, AgentGrant Grant) ResolveGrant(string? user, string signer, bool expiredAllowed)
    {
        if (user is not null && !Address.IsValid(user)) throw new AsterErrorException(AsterError.BadParameter("user"));
        var account = (user is null ? accounts.FindOwnerOfSigner(signer) : accounts.FindByWallet(user))
                      ?? throw new AsterErrorException(AsterError.RejectedKey);
        if (account.Wallet.Equals(signer, StringComparison.OrdinalIgnoreCase)) return (account, SelfGrant(account));
        var grant = accounts.FindAgent(account, signer);
        if (grant is null || (grant.IsExpiredAt(clock.NowMilliseconds) && !expiredAllowed)) throw new AsterErrorException(AsterError.RejectedKey);
        return (account, grant);
    }

    /// <summary>A wallet signing for itself holds every permission from any address.</summary>
    private static AgentGrant SelfGrant(SimAccount account) =>
        new(account.Wallet, "self", IpWhitelist.Any, 0, true, true, true, true, "self");
}
