using System.Threading.Channels;
using AsterBot.Run;
using AsterBot.Trading.Runtime;

namespace AsterBot.Tests.Run;

/// <summary>The live view's command line: editing keys, history, and entered lines reaching the host.</summary>
public sealed class LivePromptTests
{
    private static ConsoleKeyInfo Key(char c) => new(c, c switch
    {
        >= 'a' and <= 'z' => ConsoleKey.A + (c - 'a'),
        ' ' => ConsoleKey.Spacebar,
        _ => ConsoleKey.Oem1,
    }, false, false, false);

    private static ConsoleKeyInfo Special(ConsoleKey key) => new(key switch
    {
        ConsoleKey.Enter => '\r',
        ConsoleKey.Backspace => '\b',
        ConsoleKey.Escape => '\u001b',
        ConsoleKey.Tab => '\t',
        _ => '\0',
    }, key, false, false, false);

    private static string? Type(LivePrompt prompt, string text)
    {
        string? entered = null;
        foreach (var c in text) entered = prompt.Apply(Key(c));
        return entered;
    }

    [Fact]
    public void Typed_keys_build_the_line_and_enter_hands_it_over_trimmed_then_clears_it()
    {
        var prompt = new LivePrompt(interactive: true);
        Assert.Null(Type(prompt, " kill  all "));
        Assert.Equal(" kill  all ", prompt.Snapshot.Line);
        Assert.Equal("kill  all", prompt.Apply(Special(ConsoleKey.Enter)));
        Assert.Equal("", prompt.Snapshot.Line);
        Assert.Null(Type(prompt, "   "));
        Assert.Null(prompt.Apply(Special(ConsoleKey.Enter))); // a blank line is not a command
    }

    [Fact]
    public void Backspace_deletes_escape_clears_and_control_keys_type_nothing()
    {
        var prompt = new LivePrompt(interactive: true);
        Type(prompt, "longx");
        prompt.Apply(Special(ConsoleKey.Backspace));
        Assert.Equal("long", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.Tab));
        prompt.Apply(Special(ConsoleKey.F5));
        prompt.Apply(Special(ConsoleKey.LeftArrow));
        Assert.Equal("long", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.Escape));
        Assert.Equal("", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.Backspace)); // nothing left to delete
        Assert.Equal("", prompt.Snapshot.Line);
    }

    [Fact]
    public void A_line_stops_growing_at_its_maximum_length()
    {
        var prompt = new LivePrompt(interactive: true);
        Type(prompt, new string('a', LivePrompt.MaxLength + 25));
        Assert.Equal(LivePrompt.MaxLength, prompt.Snapshot.Line.Length);
    }

    [Fact]
    public void Up_and_down_walk_through_earlier_lines_and_back_to_an_empty_one()
    {
        var prompt = new LivePrompt(interactive: true);
        Type(prompt, "kill all");
        prompt.Apply(Special(ConsoleKey.Enter));
        Type(prompt, "resume all");
        prompt.Apply(Special(ConsoleKey.Enter));
        Type(prompt, "resume all");
        prompt.Apply(Special(ConsoleKey.Enter)); // a repeat is kept once

        prompt.Apply(Special(ConsoleKey.UpArrow));
        Assert.Equal("resume all", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.UpArrow));
        Assert.Equal("kill all", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.UpArrow)); // the oldest stays
        Assert.Equal("kill all", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.DownArrow));
        Assert.Equal("resume all", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.DownArrow));
        Assert.Equal("", prompt.Snapshot.Line);
        prompt.Apply(Special(ConsoleKey.UpArrow));
        Assert.Equal("resume all", prompt.Apply(Special(ConsoleKey.Enter)));
    }

    [Fact]
    public void Changed_completes_at_the_next_key_or_answer_and_only_the_latest_three_answers_stay()
    {
        var prompt = new LivePrompt(interactive: true);
        var changed = prompt.Changed;
        Assert.False(changed.IsCompleted);
        prompt.Apply(Key('k'));
        Assert.True(changed.IsCompleted);

        changed = prompt.Changed;
        Assert.False(changed.IsCompleted);
        foreach (var answer in new[] { "one", "two", "three", "four" }) prompt.Answer(answer);
        Assert.True(changed.IsCompleted);
        Assert.Equal(["two", "three", "four"], prompt.Snapshot.Answers);
    }

    private static async Task AnswersAsync(LivePrompt prompt, int count)
    {
        while (true)
        {
            var changed = prompt.Changed; // taken before looking, so an answer in between is not missed
            if (prompt.Snapshot.Answers.Count >= count) return;
            await changed.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task An_entered_line_runs_as_a_console_command_and_its_answer_shows()
    {
        var host = new TradingHost([], new RunEventLog(null), TimeProvider.System);
        var prompt = new LivePrompt(interactive: true);
        var keys = Channel.CreateUnbounded<ConsoleKeyInfo>();
        using var stop = new CancellationTokenSource();
        var running = prompt.RunAsync(host, ct => keys.Reader.ReadAsync(ct).AsTask(), stop.Token);

        foreach (var c in "kill main") await keys.Writer.WriteAsync(Key(c));
        await keys.Writer.WriteAsync(Special(ConsoleKey.Enter));
        await AnswersAsync(prompt, 1);
        Assert.Equal(["kill: No running slot is named 'main'. Running slots:  (or \"all\")."], prompt.Snapshot.Answers);

        foreach (var c in "buy") await keys.Writer.WriteAsync(Key(c));
        await keys.Writer.WriteAsync(Special(ConsoleKey.Enter));
        await AnswersAsync(prompt, 2);
        Assert.StartsWith("signal: 'buy' is not understood; type long|short|close PAIR", prompt.Snapshot.Answers[1], StringComparison.Ordinal);

        foreach (var c in "balance") await keys.Writer.WriteAsync(Key(c));
        await keys.Writer.WriteAsync(Special(ConsoleKey.Enter));
        await AnswersAsync(prompt, 3);
        Assert.Equal("balance: no account has been read yet (it is read once the pairs have started)", prompt.Snapshot.Answers[2]);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10)); // ends quietly when the run stops, a key read still pending
    }

    [Fact]
    public async Task A_terminal_whose_keys_cannot_be_read_says_so_and_ends_only_the_command_line()
    {
        var host = new TradingHost([], new RunEventLog(null), TimeProvider.System);
        var prompt = new LivePrompt(interactive: true);
        await prompt.RunAsync(host, _ => Task.FromException<ConsoleKeyInfo>(new InvalidOperationException("no console")), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["the command line stopped: keys cannot be read (InvalidOperationException: no console); the KILL file still works"], prompt.Snapshot.Answers);
    }
}
