using System.CommandLine;
using AsterBot.Slots;
using AsterBot.Storage;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary>
/// <c>asterbot slots list|add|edit|remove|archive|unarchive|test</c>: the API slots of the local database.
/// Exit codes: 0 done, 1 bad input or database problem, 2 the connection test failed (nothing was saved).
/// </summary>
public static partial class SlotsCommands
{
    private const int Failed = 1, TestFailed = 2;

    public static Command Build()
    {
        var options = new SlotsCliOptions();
        var slots = new Command("slots", "API slots: exchange credentials with their settings, tested before they are saved.");
        slots.Subcommands.Add(List(options));
        slots.Subcommands.Add(Add(options));
        slots.Subcommands.Add(Edit(options));
        slots.Subcommands.Add(Simple(options, "remove", "Delete a slot and its pairs (refused while it has order history).", (s, o, l, ct) => s.RemoveAsync(o, l, ct), "removed"));
        slots.Subcommands.Add(Simple(options, "archive", "Stop trading on a slot; its keys are kept.", (s, o, l, ct) => s.ArchiveAsync(o, l, ct), "archived"));
        slots.Subcommands.Add(Simple(options, "unarchive", "Let an archived slot trade again.", (s, o, l, ct) => s.UnarchiveAsync(o, l, ct), "unarchived"));
        slots.Subcommands.Add(Test(options));
        return slots;
    }

    private static Command List(SlotsCliOptions options)
    {
        var command = new Command("list", "Show every slot (secrets masked).") { options.Db };
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            var (store, service, owner) = await options.OpenAsync(parse, ct);
            await using var _ = store;
            var table = new Table().AddColumns("Label", "Exchange", "Network", "Keys", "Maker", "Taker", "Delay (s)", "Rate limit (ms)", "Status");
            foreach (var slot in await service.ListAsync(owner, ct))
            {
                var s = slot.Settings;
                table.AddRow(Markup.Escape(slot.Label), s.Exchange.DisplayName(), Markup.Escape(s.Network),
                    slot.HasKeys ? $"{slot.Generation} {Markup.Escape(slot.PublicKey)} / {Markup.Escape(slot.MaskedSecret)}" : "none",
                    Percent(s.MakerFee), Percent(s.TakerFee), s.ProcessingDelaySeconds.ToString(), s.RateLimitMs.ToString(), s.Archived ? "archived" : "active");
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Add(SlotsCliOptions options)
    {
        var command = new Command("add", "Add a slot: the keys are checked and the connection tested before anything is saved.") { options.Db, options.Label };
        options.AddSettings(command);
        options.AddKeys(command);
        options.AddTest(command);
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            var edit = options.ReadEdit(parse);
            var credentials = options.ReadCredentials(parse, Console.In, Environment.GetEnvironmentVariable);
            var (store, service, owner) = await options.OpenAsync(parse, ct);
            await using var _ = store;
            var saved = await service.AddAsync(owner, parse.GetValue(options.Label)!, edit.ApplyTo(new SlotSettings()), credentials, ct);
            Print(saved.Report!);
            AnsiConsole.WriteLine($"Slot '{saved.Slot.Label}' added ({saved.Slot.Generation} {saved.Slot.PublicKey}, secret {saved.Slot.MaskedSecret}).");
            return 0;
        }));
        return command;
    }

    private static Command Edit(SlotsCliOptions options)
    {
        var clear = new Option<bool>("--clear-keys") { Description = "Forget the registered keys (the slot stays, without keys)." };
        var command = new Command("edit", "Change a slot's label, settings or keys; new keys are tested before they replace the old ones.")
            { options.Db, options.Label, options.NewLabel, clear };
        options.AddSettings(command);
        options.AddKeys(command);
        options.AddTest(command);
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            var label = parse.GetValue(options.Label)!;
            var edit = options.ReadEdit(parse);
            var credentials = options.HasKeys(parse) ? options.ReadCredentials(parse, Console.In, Environment.GetEnvironmentVariable) : null;
            if (credentials is not null && parse.GetValue(clear))
                throw new SlotInputException("--clear-keys and new keys contradict each other: give one of them.");
            var (store, service, owner) = await options.OpenAsync(parse, ct);
            await using var _ = store;
            if (credentials is not null) Print((await service.UpdateKeysAsync(owner, label, credentials, ct)).Report!);
            if (parse.GetValue(clear)) await service.ClearKeysAsync(owner, label, ct);
            var saved = await service.EditAsync(owner, label, edit, ct);
            if (saved.Report is not null) Print(saved.Report);
            AnsiConsole.WriteLine($"Slot '{saved.Slot.Label}' saved.");
            return 0;
        }));
        return command;
    }

    private static Command Simple(SlotsCliOptions options, string name, string description,
        Func<ApiSlotService, OwnerId, string, CancellationToken, Task> action, string done)
    {
        var command = new Command(name, description) { options.Db, options.Label };
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            var (store, service, owner) = await options.OpenAsync(parse, ct);
            await using var _ = store;
            await action(service, owner, parse.GetValue(options.Label)!, ct);
            AnsiConsole.WriteLine($"Slot '{parse.GetValue(options.Label)}' {done}.");
            return 0;
        }));
        return command;
    }

    private static string Percent(decimal? fee) => fee is { } f ? $"{f * 100m:0.####}%" : "-";

    private static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (SlotConnectionException e)
        {
            Print(e.Report);
            Console.Error.WriteLine($"error: {e.Message}");
            return TestFailed;
        }
        catch (Exception e) when (e is SlotInputException or StorageException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Failed;
        }
    }
}
