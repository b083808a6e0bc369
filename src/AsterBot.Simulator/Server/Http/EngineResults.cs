using AsterBot.Simulator.Engine;

namespace AsterBot.Simulator.Server.Http;

/// <summary>Turns an engine rejection into the Aster error answer (HTTP 400 with the engine's code and text).</summary>
public static class EngineResults
{
    public static T Unwrap<T>(this EngineResult<T> result) =>
        result.IsSuccess ? result.Value : throw new AsterErrorException(ToAster(result.Error!.Value));

    public static AsterError ToAster(EngineError error) => new(error.Code, error.Message);
}
