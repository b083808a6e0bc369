namespace AsterBot.Slots;

/// <summary>The checks of a connection test, in the order they run.</summary>
public enum CheckName
{
    Reachability,
    ServerTime,
    SignedBalance,
    Market,
    MarketData,
    AgentPermissions,
    AgentIpWhitelist,
}

public enum CheckStatus
{
    Passed,
    Failed,
    /// <summary>Not run: an earlier check failed, or it does not apply (agent checks for V1 keys).</summary>
    Skipped,
}

/// <summary>Why a check failed, as a stable name a caller (or a test) can branch on.</summary>
public enum ConnectionFailure
{
    None,
    Unreachable,
    ClockSkew,
    WrongSecret,
    KeyRejected,
    IpNotWhitelisted,
    PermissionDenied,
    WrongMarket,
    NoMarketData,
    AgentNotFound,
    AgentExpired,
    AgentCannotRead,
    AgentMarketNotAllowed,
    AgentWithdrawalsEnabled,
    AgentIpNotWhitelisted,
    NoCredentials,
}

/// <summary>One check: its status and, when it failed, the named cause and what to do.</summary>
public sealed record ConnectionCheck(CheckName Name, CheckStatus Status, string Detail, ConnectionFailure Failure = ConnectionFailure.None, string? Fix = null)
{
    public static ConnectionCheck Pass(CheckName name, string detail) => new(name, CheckStatus.Passed, detail);

    public static ConnectionCheck Fail(CheckName name, ConnectionFailure failure, string cause, string fix) =>
        new(name, CheckStatus.Failed, cause, failure, fix);

    public static ConnectionCheck Skip(CheckName name, string why) => new(name, CheckStatus.Skipped, why);
}

/// <summary>One asset of the first balance read: total and available.</summary>
public sealed record BalanceLine(string Asset, decimal Total, decimal Available);

public sealed record ConnectionReport(IReadOnlyList<ConnectionCheck> Checks, IReadOnlyList<BalanceLine> Balances)
{
    public bool Passed => Checks.All(c => c.Status != CheckStatus.Failed);

    public ConnectionCheck? FirstFailure => Checks.FirstOrDefault(c => c.Status == CheckStatus.Failed);

    /// <summary>"SignedBalance failed (WrongSecret): cause. Fix: …" — for error messages; never contains secrets.</summary>
    public string Summary => FirstFailure is { } f ? $"{f.Name} failed ({f.Failure}): {f.Detail} Fix: {f.Fix}" : "All checks passed.";
}
