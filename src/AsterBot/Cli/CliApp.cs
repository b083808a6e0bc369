using System.CommandLine;

namespace AsterBot.Cli;

/// <summary>
/// The <c>asterbot</c> command tree. Each command group lives in its own <c>*Commands</c> class with a
/// <c>Build()</c> method returning its <see cref="Command"/>; this class only assembles them.
/// </summary>
public static class CliApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("AsterBot: trading automation for the Aster DEX (spot and perpetual futures).");
        root.Subcommands.Add(SimCommands.Build());
        root.Subcommands.Add(AsterCommands.Build());
        root.Subcommands.Add(WalletCommands.Build());
        root.Subcommands.Add(SlotsCommands.Build());
        root.Subcommands.Add(RunCommands.Build());
        root.Subcommands.Add(BacktestCommands.Build());
        root.Subcommands.Add(DataCommands.Build());
        return root;
    }

    public static Task<int> RunAsync(string[] args) => BuildRoot().Parse(args).InvokeAsync();
}
