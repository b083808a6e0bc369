using System.Globalization;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AsterBot.Run;

/// <summary>
/// The live terminal view of `asterbot run`: each slot's account (equity, wallet, available), one row per pair
/// (position, entry, last price, PnL, fees, open orders) and the latest events, redrawn every second until the run
/// stops, with the command line under it. Only used when stdout is a terminal.
/// </summary>
public static class RunView
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Redraws until <paramref name="running"/> (the host) completes, then draws the final state once more. A key or a
    /// command's answer redraws at once, so typing under the view echoes without waiting for the next tick.
    /// </summary>
    public static async Task ShowAsync(TradingHost host, RunEventLog events, IReadOnlyList<string> description, LivePrompt prompt, Task running)
    {
        await AnsiConsole.Live(Render(host, events, description, prompt)).StartAsync(async context =>
        {
            while (!running.IsCompleted)
            {
                context.UpdateTarget(Render(host, events, description, prompt));
                await Task.WhenAny(running, prompt.Changed, Task.Delay(Refresh));
            }
            context.UpdateTarget(Render(host, events, description, prompt));
        });
    }

    private static IRenderable Render(TradingHost host, RunEventLog events, IReadOnlyList<string> description, LivePrompt prompt)
    {
        var pairs = new Table().Border(TableBorder.Rounded).Title("[bold]AsterBot[/] — Ctrl-C stops")
            .AddColumns("Pair", "Position", "Entry", "Last", "Unrealized", "Realized", "Fees", "Orders", "Candle");
        foreach (var s in host.Statuses) pairs.AddRow(Row(s));
        var recent = new Table().Border(TableBorder.Simple).AddColumns("Time", "Pair", "Kind", "Event");
        foreach (var e in events.Recent)
            recent.AddRow(Time(e.Time), Markup.Escape(e.Pair), Kind(e.Kind), Markup.Escape(e.Message));
        var about = description.Select(line => new Markup("[grey]" + Markup.Escape(line) + "[/]"));
        var killed = host.EngagedKillSwitches.Select(k =>
            new Markup($"[bold red]KILL SWITCH[/] on {Markup.Escape(k.Slot)} ({Markup.Escape(k.Reason)}): no new exposure; closing orders and exits still go out"));
        return new Rows(new Rows(about.Concat(killed)), Accounts(host), pairs, recent, CommandLine(prompt));
    }

    /// <summary>Each slot's account per market: equity, wallet, what is free, and when it was read.</summary>
    private static IRenderable Accounts(TradingHost host)
    {
        var balances = host.Balances;
        if (balances.Count == 0) return new Markup("[grey]Accounts: not read yet[/]");
        var table = new Table().Border(TableBorder.Simple).AddColumns("Slot", "Market", "Equity", "Wallet", "Available", "Read");
        foreach (var b in balances)
            table.AddRow(Markup.Escape(b.Slot), b.Market.ToString().ToLowerInvariant(), Amount(b.Equity), Amount(b.Wallet), Amount(b.Available), Time(b.Time));
        return table;
    }

    /// <summary>The latest answers, then the line being typed with a cursor and what can be typed.</summary>
    private static Rows CommandLine(LivePrompt prompt)
    {
        var snapshot = prompt.Snapshot;
        var lines = snapshot.Answers.Select(a => new Markup("[grey]" + Markup.Escape(a) + "[/]")).ToList();
        if (prompt.Interactive)
        {
            lines.Add(new Markup("[bold]>[/] " + Markup.Escape(snapshot.Line) + "[blink]_[/]"));
            lines.Add(new Markup("[grey]long|short|close PAIR · kill SLOT|all [[reason]] · resume SLOT|all · balance — Enter sends, Up recalls, Esc clears[/]"));
        }
        return new Rows(lines);
    }

    private static string[] Row(PairStatus s) =>
    [
        Markup.Escape(s.Label) + (s.Started ? "" : " [yellow](not started)[/]"),
        Signed(s.Position.Quantity),
        Number(s.Position.EntryPrice),
        Number(s.LastPrice),
        Money(s.Position.UnrealizedPnl),
        Money(s.RealizedPnl),
        Number(s.Fees),
        s.OpenOrders.Count == 0 ? "-" : string.Join(" ", s.OpenOrders.Select(o => $"{o.Side} {o.Quantity.ToString(CultureInfo.InvariantCulture)}@{o.Price.ToString(CultureInfo.InvariantCulture)}")),
        s.LastCandleTime > 0 ? Time(s.LastCandleTime) : "-",
    ];

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value == 0 ? "-" : value.ToString("0.########", CultureInfo.InvariantCulture);

    private static string Signed(decimal value) =>
        value == 0 ? "flat" : value > 0 ? $"[green]long {value.ToString(CultureInfo.InvariantCulture)}[/]" : $"[red]short {(-value).ToString(CultureInfo.InvariantCulture)}[/]";

    private static string Amount(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Money(decimal value) =>
        value == 0 ? "0" : value > 0 ? $"[green]+{value.ToString("0.00", CultureInfo.InvariantCulture)}[/]" : $"[red]{value.ToString("0.00", CultureInfo.InvariantCulture)}[/]";

    private static string Kind(TradingEventKind kind) => kind switch
    {
        TradingEventKind.Error => "[red]Error[/]",
        TradingEventKind.Blocked => "[yellow]Blocked[/]",
        TradingEventKind.Fill => "[green]Fill[/]",
        _ => kind.ToString(),
    };
}
