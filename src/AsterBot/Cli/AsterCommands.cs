using System.CommandLine;
using AsterBot.Aster.Models;

namespace AsterBot.Cli;

/// <summary><c>asterbot aster …</c>: direct access to Aster's REST API.</summary>
public static class AsterCommands
{
    /// <param name="environment">Environment-variable lookup (injected by tests); defaults to the process environment.</param>
    public static Command Build(Func<string, string?>? environment = null)
    {
        var aster = new Command("aster", "Talk to the Aster exchange directly.");
        aster.Subcommands.Add(BuildCall(environment ?? Environment.GetEnvironmentVariable));
        return aster;
    }

    private static Command BuildCall(Func<string, string?> environment)
    {
        var method = new Argument<string>("METHOD") { Description = "HTTP verb: GET, POST, PUT or DELETE." };
        var path = new Argument<string>("PATH") { Description = "Endpoint path, e.g. /fapi/v1/depth or /fapi/v3/balance." };
        var parameters = new Argument<string[]>("PARAMS") { Description = "Parameters as name=value, sent in this order.", Arity = ArgumentArity.ZeroOrMore };
        var options = new AsterCallOptions
        {
            Network = new Option<string>("--network") { Description = "mainnet or testnet.", DefaultValueFactory = _ => "mainnet" },
            BaseUrl = new Option<string?>("--base-url") { Description = "Custom REST base URL (simulator, proxy); overrides --network." },
            Market = new Option<Market>("--market") { Description = "Which host: futures or spot.", DefaultValueFactory = _ => Market.Futures },
            ApiKey = new Option<string?>("--api-key") { Description = "V1 API key (or env ASTER_API_KEY)." },
            ApiSecret = new Option<string?>("--api-secret") { Description = "V1 API secret (prefer env ASTER_API_SECRET: arguments are visible to other users)." },
            User = new Option<string?>("--user") { Description = "V3 main wallet address (or env ASTER_USER)." },
            Signer = new Option<string?>("--signer") { Description = "V3 API wallet address (or env ASTER_SIGNER)." },
            SignerKey = new Option<string?>("--signer-key") { Description = "V3 API wallet private key (prefer env ASTER_SIGNER_KEY)." },
            Signed = new Option<bool>("--signed") { Description = "Require signing (fails if no credentials are configured). Signed by default when credentials are given." },
            DryRun = new Option<bool>("--dry-run") { Description = "Print the exact signed request (key masked) without sending it." },
        };
        var call = new Command("call", "Send one request: asterbot aster call GET /fapi/v1/depth symbol=BTCUSDT limit=5")
        {
            method, path, parameters,
            options.Network, options.BaseUrl, options.Market, options.ApiKey, options.ApiSecret, options.User, options.Signer,
            options.SignerKey, options.Signed, options.DryRun,
        };
        call.SetAction((parseResult, ct) => AsterCall.RunAsync(parseResult, parseResult.GetValue(method)!, parseResult.GetValue(path)!,
            parseResult.GetValue(parameters) ?? [], options, environment, ct));
        return call;
    }
}

/// <summary>The options of <c>aster call</c>, passed to the runner as one object.</summary>
public sealed class AsterCallOptions
{
    public required Option<string> Network { get; init; }
    public required Option<string?> BaseUrl { get; init; }
    public required Option<Market> Market { get; init; }
    public required Option<string?> ApiKey { get; init; }
    public required Option<string?> ApiSecret { get; init; }
    public required Option<string?> User { get; init; }
    public required Option<string?> Signer { get; init; }
    public required Option<string?> SignerKey { get; init; }
    public required Option<bool> Signed { get; init; }
    public required Option<bool> DryRun { get; init; }
}
