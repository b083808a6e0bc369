using Microsoft.Extensions.Logging;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// Chooses the secp256k1 implementation. <see cref="Default"/> is libsecp256k1 when it loads, otherwise the
/// managed fallback with a loud warning: signing still works, but several times slower, which matters for a
/// bot that signs every request.
/// </summary>
public static class Secp256k1
{
    public const string FallbackWarning =
        "libsecp256k1 is not installed: using the managed secp256k1 fallback, several times slower at signing. " +
        "Install it with: apt-get install libsecp256k1-1";

    private static readonly Lazy<ISecp256k1> ManagedInstance = new(() => new ManagedSecp256k1());
    private static readonly Lazy<(ISecp256k1? Curve, Exception? Error)> NativeInstance = new(LoadNative);
    private static readonly Secp256k1Selection Selection = new(() => NativeInstance.Value.Curve, Managed, Console.Error);

    public static ISecp256k1 Default => Selection.Chosen;

    /// <summary>libsecp256k1; throws <see cref="InvalidOperationException"/> naming the package when it is missing.</summary>
    public static ISecp256k1 Native => NativeInstance.Value.Curve ?? throw new InvalidOperationException(
        "libsecp256k1 (libsecp256k1.so.1) could not be loaded. Install it with: apt-get install libsecp256k1-1",
        NativeInstance.Value.Error);

    public static ISecp256k1 Managed => ManagedInstance.Value;

    /// <summary>True when libsecp256k1 loads on this machine.</summary>
    public static bool IsNativeAvailable => NativeInstance.Value.Curve is not null;

    /// <summary>
    /// Routes the fallback warning to the application's log as well as stderr. If the fallback was already
    /// chosen before the host attached its logger, the warning is logged now so it is never lost.
    /// </summary>
    public static void AttachLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        Selection.AttachLogger(logger);
    }

    private static (ISecp256k1?, Exception?) LoadNative()
    {
        try
        {
            return (NativeSecp256k1.Create(), null);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
        {
            return (null, ex);
        }
    }
}
