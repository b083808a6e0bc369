using System.CommandLine;
using AsterBot.Slots;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary><c>asterbot slots test NAME</c> (every check of one slot) and <c>--all</c> (the start-up test of every active slot).</summary>
public static partial class SlotsCommands
{
    private static Command Test(SlotsCliOptions options)
    {
        var label = new Argument<string?>("label") { Description = "The slot's label (or --all).", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Test every active slot (not archived, with keys), as at start-up." };
        var command = new Command("test", "Run the connection test on a saved slot and show its first balance read.") { options.Db, label, all };
        options.AddTest(command);
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            var (name, everyActive) = (parse.GetValue(label), parse.GetValue(all));
            if ((name is not null) == everyActive)
                throw new SlotInputException("Name one slot (`asterbot slots test main`) or give --all, not both.");
            var (store, service, owner) = await options.OpenAsync(parse, ct);
            await using var _ = store;
            if (everyActive) return PrintAll(await service.TestActiveAsync(owner, ct));
            var report = await service.TestAsync(owner, name!, ct);
            Print(report);
            return report.Passed ? 0 : TestFailed;
        }));
        return command;
    }

    /// <summary>One line per slot: whether it passed, and for a failure the first failing check with its cause and fix.</summary>
    private static int PrintAll(IReadOnlyList<SlotTestResult> results)
    {
        if (results.Count == 0)
        {
            AnsiConsole.WriteLine("No active slot with keys to test (archived slots and slots without keys are skipped).");
            return 0;
        }
        var table = new Table().AddColumns("Slot", "Status", "First failing check", "Cause / fix");
        foreach (var (slot, report) in results)
        {
            var failure = report.FirstFailure;
            table.AddRow(Markup.Escape(slot.Label), failure is null ? "[green]passed[/]" : "[red]failed[/]",
                failure is null ? "-" : $"{failure.Name} ({failure.Failure})",
                failure is null ? "" : Markup.Escape($"{failure.Detail} Fix: {failure.Fix}"));
        }
        AnsiConsole.Write(table);
        return results.All(r => r.Report.Passed) ? 0 : TestFailed;
    }

    private static void Print(ConnectionReport report)
    {
        var checks = new Table().AddColumns("Check", "Result", "Detail", "Fix");
        foreach (var check in report.Checks)
            checks.AddRow(check.Name.ToString(), check.Status == CheckStatus.Failed ? $"[red]{check.Failure}[/]" : check.Status.ToString(),
                Markup.Escape(check.Detail), Markup.Escape(check.Fix ?? ""));
        AnsiConsole.Write(checks);
        if (report.Balances.Count == 0) return;
        var balances = new Table().AddColumn("Asset").AddColumn(new TableColumn("Total").RightAligned()).AddColumn(new TableColumn("Available").RightAligned());
        foreach (var line in report.Balances) balances.AddRow(Markup.Escape(line.Asset), line.Total.ToString(), line.Available.ToString());
        AnsiConsole.Write(balances);
    }
}
