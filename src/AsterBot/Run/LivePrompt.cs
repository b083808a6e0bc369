using System.Text;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// The command line under the live view: keys typed while the view redraws build a line, Enter runs it as a console
/// command (signals, kill, resume: the same as with plain output, see <see cref="SignalConsole"/>) and its answer shows
/// under the view. Up and Down recall earlier lines, Backspace deletes, Esc clears. Thread-safe: keys arrive on one
/// thread while the view reads <see cref="Snapshot"/> on another.
/// </summary>
public sealed class LivePrompt(bool interactive)
{
    public const int MaxLength = 200;
    private const int KeptAnswers = 3, KeptHistory = 50;
    private readonly object _gate = new();
    private readonly StringBuilder _line = new();
    private readonly List<string> _history = [];
    private readonly Queue<string> _answers = new();
    private int _recalled; // index into _history while Up/Down browse it; _history.Count = the line being typed
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>False when commands come from redirected standard input: the view shows answers but no line being typed.</summary>
    public bool Interactive { get; } = interactive;

    /// <summary>Completes at the next change (a key, an answer), so the view redraws at once instead of at its next tick.</summary>
    public Task Changed
    {
        get { lock (_gate) return _changed.Task; }
    }

    public PromptSnapshot Snapshot
    {
        get { lock (_gate) return new PromptSnapshot(_line.ToString(), _answers.ToList()); }
    }

    /// <summary>Applies one key; returns the line when Enter completes one that is not blank.</summary>
    public string? Apply(ConsoleKeyInfo key)
    {
        lock (_gate)
        {
            string? entered = null;
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    var line = _line.ToString().Trim();
                    _line.Clear();
                    if (line.Length > 0)
                    {
                        if (_history.Count == 0 || _history[^1] != line) _history.Add(line);
                        if (_history.Count > KeptHistory) _history.RemoveAt(0);
                        entered = line;
                    }
                    _recalled = _history.Count;
                    break;
                case ConsoleKey.Backspace:
                    if (_line.Length > 0) _line.Length--;
                    break;
                case ConsoleKey.Escape:
                    _line.Clear();
                    _recalled = _history.Count;
                    break;
                case ConsoleKey.UpArrow when _recalled > 0:
                    Recall(_recalled - 1);
                    break;
                case ConsoleKey.DownArrow when _recalled < _history.Count:
                    Recall(_recalled + 1);
                    break;
                default:
                    // Printable characters only: control keys (arrows at the ends, F-keys, Tab) change nothing.
                    if (char.IsControl(key.KeyChar) || key.KeyChar == '\0' || _line.Length >= MaxLength) return null;
                    _line.Append(key.KeyChar);
                    break;
            }
            Signal();
            return entered;
        }
    }

    public void Answer(string answer)
    {
        lock (_gate)
        {
            _answers.Enqueue(answer);
            if (_answers.Count > KeptAnswers) _answers.Dequeue();
            Signal();
        }
    }

    /// <summary>
    /// Reads keys until <paramref name="stop"/>, running each entered line against <paramref name="host"/> (commands
    /// answer their refusals, they do not throw). A terminal whose keys cannot be read says so in the view and ends
    /// the command line; the run goes on.
    /// </summary>
    public async Task RunAsync(TradingHost host, Func<CancellationToken, Task<ConsoleKeyInfo>> readKey, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                ConsoleKeyInfo key;
                try
                {
                    key = await readKey(stop);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Answer($"the command line stopped: keys cannot be read ({e.GetType().Name}: {e.Message}); the KILL file still works");
                    return;
                }
                if (Apply(key) is { } line) Answer(await SignalConsole.HandleAsync(host, line, stop));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run is over
        }
    }

    /// <summary>
    /// The terminal's next key. A console read blocks its thread and cannot be cancelled: it runs on the pool and
    /// the wait ends with <paramref name="stop"/> (a read still pending then ends with the process).
    /// </summary>
    public static Task<ConsoleKeyInfo> ReadConsoleKeyAsync(CancellationToken stop) =>
        Task.Run(() => Console.ReadKey(intercept: true), CancellationToken.None).WaitAsync(stop);

    private void Recall(int index)
    {
        _recalled = index;
        _line.Clear();
        if (index < _history.Count) _line.Append(_history[index]);
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What the view draws: the line being typed and the latest answers, oldest first.</summary>
public sealed record PromptSnapshot(string Line, IReadOnlyList<string> Answers);
