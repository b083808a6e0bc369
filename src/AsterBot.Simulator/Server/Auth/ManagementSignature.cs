using AsterBot.Simulator.Server.Http;

namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// Verifies the main-wallet signatures of agent/builder management calls. Aster documents per-call EIP-712 structs
/// (ApproveAgent, DelAgent, …) whose exact shape is fragile (issue #126); the simulator accepts the same Message{msg}
/// typed data as trading requests, signed by the <c>user</c> wallet, over the received string minus
/// <c>&amp;signature=…</c>, under domain chainId = <c>signatureChainId</c> when sent, else the V3 chain id.
/// </summary>
public sealed class ManagementSignature(SimulatorClock clock, NonceStore nonces, long defaultChainId)
{
    /// <summary>Checks the request was signed by its <c>user</c>; returns that address.</summary>
    public string VerifyUser(AsterParameters p, params string[] alternativeMessages)
    {
        var user = p.Required("user");
        if (!Address.IsValid(user)) throw new AsterErrorException(AsterError.BadParameter("user"));
        var nonce = p.RequiredLong("nonce");
        var chainId = p.OptionalLong("signatureChainId") ?? defaultChainId;
        var signature = p.Required("signature");

        var signedBy = V3Authenticator.RecoverSigner(p, chainId);
        var matches = user.Equals(signedBy, StringComparison.OrdinalIgnoreCase);
        foreach (var message in alternativeMessages)
        {
            if (matches) break;
            matches = user.Equals(V3Authenticator.RecoverSigner(message, signature, chainId), StringComparison.OrdinalIgnoreCase);
        }
        if (!matches) throw new AsterErrorException(AsterError.InvalidSignature);

        switch (nonces.TryUse(user, nonce, clock.NowMicroseconds))
        {
            case NonceStore.Verdict.Duplicate: throw new AsterErrorException(AsterError.NonceReused);
            case NonceStore.Verdict.Expired or NonceStore.Verdict.OutsideWindow: throw new AsterErrorException(AsterError.NonceExpired);
        }
        return user;
    }
}
