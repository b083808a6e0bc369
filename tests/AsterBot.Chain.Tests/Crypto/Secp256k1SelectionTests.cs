using AsterBot.Chain.Crypto;
using Microsoft.Extensions.Logging;

namespace AsterBot.Chain.Tests.Crypto;

public class Secp256k1SelectionTests
{
    [Fact]
    public void Native_is_chosen_silently_when_it_loads()
    {
        var errors = new StringWriter();
        var selection = new Secp256k1Selection(() => Secp256k1.Native, Secp256k1.Managed, errors);
        var logger = new RecordingLogger();
        selection.AttachLogger(logger);

        Assert.Same(Secp256k1.Native, selection.Chosen);
        Assert.Empty(errors.ToString());
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public void Missing_library_falls_back_with_a_warning_on_stderr_and_in_the_log()
    {
        var errors = new StringWriter();
        var selection = new Secp256k1Selection(() => null, Secp256k1.Managed, errors);
        var logger = new RecordingLogger();
        selection.AttachLogger(logger);

        Assert.Same(Secp256k1.Managed, selection.Chosen);
        Assert.Same(Secp256k1.Managed, selection.Chosen);
        Assert.Contains("apt-get install libsecp256k1-1", errors.ToString());
        Assert.Equal([Secp256k1.FallbackWarning], logger.Warnings);
    }

    [Fact]
    public void Logger_attached_after_the_fallback_still_gets_the_warning()
    {
        var selection = new Secp256k1Selection(() => null, Secp256k1.Managed, new StringWriter());
        _ = selection.Chosen;
        var logger = new RecordingLogger();
        selection.AttachLogger(logger);
        Assert.Equal([Secp256k1.FallbackWarning], logger.Warnings);
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }
}
