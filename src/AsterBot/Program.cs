using AsterBot.Cli;

return await CliApp.RunAsync(args);
