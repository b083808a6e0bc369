using Microsoft.Extensions.Logging;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// Picks native or managed secp256k1 once, and makes the fallback impossible to miss: a warning on stderr at
/// the moment of choice and in the application log, even when the logger is attached after the choice.
/// </summary>
internal sealed class Secp256k1Selection(Func<ISecp256k1?> loadNative, ISecp256k1 managed, TextWriter errorOutput)
{
    private readonly Lazy<ISecp256k1> _chosen = new(() => Choose(loadNative, managed, errorOutput));
    private readonly object _gate = new();
    private ILogger? _logger;
    private bool _fellBack;

    public ISecp256k1 Chosen
    {
        get
        {
            var chosen = _chosen.Value;
            if (ReferenceEquals(chosen, managed)) MarkFallback();
            return chosen;
        }
    }

    public void AttachLogger(ILogger logger)
    {
        bool alreadyFellBack;
        lock (_gate)
        {
            _logger = logger;
            alreadyFellBack = _fellBack;
        }
        if (alreadyFellBack) logger.LogWarning(Secp256k1.FallbackWarning);
    }

    private static ISecp256k1 Choose(Func<ISecp256k1?> loadNative, ISecp256k1 managed, TextWriter errorOutput)
    {
        if (loadNative() is { } native) return native;
        errorOutput.WriteLine("WARNING: " + Secp256k1.FallbackWarning);
        return managed;
    }

    /// <summary>Logs the fallback to the attached logger the first time it is observed.</summary>
    private void MarkFallback()
    {
        ILogger? logger;
        lock (_gate)
        {
            if (_fellBack) return;
            _fellBack = true;
            logger = _logger;
        }
        logger?.LogWarning(Secp256k1.FallbackWarning);
    }
}
