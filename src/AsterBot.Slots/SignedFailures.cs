using AsterBot.Aster.Errors;

namespace AsterBot.Slots;

/// <summary>Turns an exchange refusal of a signed request into a named failure with its cause and fix.</summary>
internal static class SignedFailures
{
    public static ConnectionCheck Explain(CheckName check, AsterError error) => error.Kind switch
    {
        AsterErrorKind.BadSignature => ConnectionCheck.Fail(check, ConnectionFailure.WrongSecret,
            $"The signature was refused ({error.Code}): the secret (V1) or API-wallet private key (V3) does not belong to this key.",
            "Enter the secret that was shown with this API key, or the private key of this API wallet."),
        AsterErrorKind.ClockOrNonce => ConnectionCheck.Fail(check, ConnectionFailure.ClockSkew,
            $"The request time was refused ({error.Code}): this machine's clock is off.",
            "Synchronise the clock (e.g. `timedatectl set-ntp true`) and test again."),
        AsterErrorKind.IpNotAllowed => ConnectionCheck.Fail(check, ConnectionFailure.IpNotWhitelisted,
            $"The exchange refused this machine's IP ({error.Code}).",
            "Add this node's egress IP to the key's whitelist on Aster, or remove the restriction."),
        AsterErrorKind.BadApiKey => ConnectionCheck.Fail(check, ConnectionFailure.KeyRejected,
            $"The key was refused ({error.Code}: {error.Message}): unknown or deleted key, expired API wallet, or this IP is not on the key's whitelist.",
            "Check the key on Aster's API management page (is it still there, not expired, and is this node's IP whitelisted?), then update the slot's keys."),
        AsterErrorKind.PermissionDenied => ConnectionCheck.Fail(check, ConnectionFailure.PermissionDenied,
            $"The key lacks a permission ({error.Code}).", "Enable reading (and trading on this market) for the key on Aster."),
        _ => ConnectionCheck.Fail(check, ConnectionFailure.Unreachable, $"The request failed: {error.Kind} {error.Message}",
            "Check the network and the exchange's status, then test again."),
    };

    /// <summary>Refusals that may only mean "this key is for the other market".</summary>
    public static bool MayBeWrongMarket(AsterError error) =>
        error.Kind is AsterErrorKind.BadApiKey or AsterErrorKind.PermissionDenied or AsterErrorKind.IpNotAllowed;
}
