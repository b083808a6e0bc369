using System.Diagnostics.CodeAnalysis;

namespace AsterBot.Aster.Errors;

/// <summary>
/// The outcome of a call: data or a normalized <see cref="AsterError"/>. Exchange and transport failures are values,
/// not exceptions, so a trading engine handles every outcome explicitly.
/// </summary>
public readonly struct AsterResult<T>
{
    private AsterResult(T? data, AsterError? error)
    {
        Data = data;
        Error = error;
    }

    public T? Data { get; }

    public AsterError? Error { get; }

    [MemberNotNullWhen(true, nameof(Data))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static AsterResult<T> Success(T data) => new(data, null);

    public static AsterResult<T> Failure(AsterError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator AsterResult<T>(AsterError error) => Failure(error);

    /// <summary>The data, or an <see cref="AsterException"/> carrying the error (for scripts and tests that prefer throwing).</summary>
    public T GetOrThrow() => IsSuccess ? Data : throw new AsterException(Error);

    public AsterResult<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? AsterResult<TOut>.Success(map(Data)) : AsterResult<TOut>.Failure(Error);

    public override string ToString() => IsSuccess ? $"Success({Data})" : $"Failure({Error})";
}

/// <summary>Thrown only by <see cref="AsterResult{T}.GetOrThrow"/>.</summary>
public sealed class AsterException(AsterError error) : Exception(error.ToString())
{
    public AsterError Error { get; } = error;
}
