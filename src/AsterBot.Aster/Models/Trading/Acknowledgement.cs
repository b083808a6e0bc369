namespace AsterBot.Aster.Models;

/// <summary>
/// The <c>{"code":200,"msg":"success"}</c> body of setting changes and cancel-all (whose code arrives as the string
/// "200"). Failures never reach this type: they become <see cref="Errors.AsterError"/>.
/// </summary>
public sealed class Acknowledgement
{
    public int Code { get; init; }
    public string Msg { get; init; } = "";
}

/// <summary>POST /fapi/v1/countdownCancelAll.</summary>
public sealed class CountdownCancelAll
{
    public string Symbol { get; init; } = "";
    public long CountdownTime { get; init; }
}
