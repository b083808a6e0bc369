namespace AsterBot.Simulator.Engine;

/// <summary>An Aster error: the exact code and message text the real exchange returns.</summary>
public readonly record struct EngineError(int Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>
/// Either a value or an Aster error. A struct so the order hot path allocates nothing for the answer; exchange
/// rejections are ordinary outcomes, never exceptions.
/// </summary>
public readonly struct EngineResult<T>
{
    private readonly T? _value;

    private EngineResult(T? value, EngineError? error)
    {
        _value = value;
        Error = error;
    }

    public EngineError? Error { get; }

    public bool IsSuccess => Error is null;

    /// <summary>The value; reading it from a failed result is a programming error.</summary>
    public T Value => Error is null
        ? _value!
        : throw new InvalidOperationException($"The engine rejected the request with {Error.Value}; check IsSuccess first.");

    public static implicit operator EngineResult<T>(T value) => new(value, null);

    public static implicit operator EngineResult<T>(EngineError error) => new(default, error);

    public override string ToString() => Error is { } e ? e.ToString() : $"OK {_value}";
}
