namespace AsterBot.Aster.RateLimits;

/// <summary>What a gate does when a request would exceed a limit.</summary>
public enum RateLimitPolicy
{
    /// <summary>Wait until the window frees up (bounded by the gate's maximum wait), then send.</summary>
    Wait,
    /// <summary>Refuse at once with a RateLimited error carrying the time to wait.</summary>
    Fail,
}
