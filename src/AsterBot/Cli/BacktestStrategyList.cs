using System.Globalization;
using AsterBot.Trading.Strategies;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary><c>asterbot backtest --list</c>: every strategy in the catalog with its parameters, defaults, bounds and tiers.</summary>
public static class BacktestStrategyList
{
    public static void Print()
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        foreach (var definition in StrategyCatalog.All)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(definition.Name)}[/] ({string.Join(", ", definition.Markets).ToLowerInvariant()}): {Markup.Escape(definition.Description)}");
            var table = new Table().AddColumns("parameter", "default", "range", "meaning");
            foreach (var spec in definition.Parameters)
                table.AddRow(Markup.Escape(spec.Name), Markup.Escape(Default(spec)), Markup.Escape(Range(spec)), Markup.Escape(spec.Description));
            AnsiConsole.Write(table);
            foreach (var (tier, values) in definition.Tiers)
                AnsiConsole.MarkupLine($"  tier [bold]{Markup.Escape(tier)}[/]: {Markup.Escape(string.Join(", ", values.Select(v => $"{v.Key}={v.Value.ToString(CultureInfo.InvariantCulture)}")))}");
            AnsiConsole.WriteLine();
        }
    }

    private static string Default(ParameterSpec spec) => spec.Kind == ParameterKind.Choice
        ? spec.DefaultChoice ?? spec.Choices.FirstOrDefault() ?? ""
        : spec.ZeroDisables && spec.Default == 0 ? "0 (off)" : spec.Default.ToString(CultureInfo.InvariantCulture);

    private static string Range(ParameterSpec spec)
    {
        if (spec.Kind == ParameterKind.Choice) return string.Join(" | ", spec.Choices);
        var bounds = spec.Min == decimal.MinValue && spec.Max == decimal.MaxValue ? "any"
            : $"{(spec.Min == decimal.MinValue ? "…" : spec.Min.ToString(CultureInfo.InvariantCulture))} – {(spec.Max == decimal.MaxValue ? "…" : spec.Max.ToString(CultureInfo.InvariantCulture))}";
        return (spec.Kind == ParameterKind.Integer ? "whole, " : "") + bounds + (spec.ZeroDisables ? ", or 0" : "");
    }
}
