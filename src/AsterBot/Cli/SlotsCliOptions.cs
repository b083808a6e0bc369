using System.CommandLine;
using System.Globalization;
using System.Net;
using AsterBot.Slots;
using AsterBot.Storage;

namespace AsterBot.Cli;

/// <summary>
/// The options of <c>asterbot slots</c>: a flag for every slot field, and the credential sources. Secrets come from
/// ASTER_API_SECRET / ASTER_SIGNER_KEY or standard input (--secret-stdin); the --api-secret / --signer-key flags are
/// refused unless --insecure-secret-args is given, because arguments are visible to every user of the machine.
/// </summary>
internal sealed class SlotsCliOptions
{
    public const string SecretVariable = "ASTER_API_SECRET", SignerKeyVariable = "ASTER_SIGNER_KEY";

    public Option<string> Db { get; } = new("--db") { Description = "SQLite database file.", DefaultValueFactory = _ => "./data/asterbot.db" };
    public Argument<string> Label { get; } = new("label") { Description = "The slot's label." };

    public Option<string?> NewLabel { get; } = new("--label") { Description = "New label for the slot." };
    public Option<string?> Exchange { get; } = new("--exchange") { Description = "\"Aster\" (spot) or \"Aster Futures\" (perpetuals; default for add)." };
    public Option<string?> Network { get; } = new("--network") { Description = "mainnet (default for add), testnet, or a base URL." };
    public Option<string?> MakerFee { get; } = new("--maker-fee") { Description = "Maker fee as a fraction (0.0002) or percent (0.02%); default: the account's commission rate." };
    public Option<string?> TakerFee { get; } = new("--taker-fee") { Description = "Taker fee as a fraction (0.0004) or percent (0.04%); default: the account's commission rate." };
    public Option<decimal?> Delay { get; } = new("--delay") { Description = "Processing delay: seconds between pairs (≥ 0)." };
    public Option<int?> RateLimit { get; } = new("--rate-limit") { Description = "Minimum milliseconds between requests (≥ 0)." };
    public Option<bool?> AllowWithdrawals { get; } = new("--allow-withdrawals") { Description = "Accept a V3 API wallet that may withdraw (refused by the test otherwise)." };

    public Option<string?> ApiKey { get; } = new("--api-key") { Description = "V1 API key (64 hex); its secret from $ASTER_API_SECRET or --secret-stdin." };
    public Option<string?> User { get; } = new("--user") { Description = "V3 wallet address; with --signer, the private key from $ASTER_SIGNER_KEY or --secret-stdin." };
    public Option<string?> Signer { get; } = new("--signer") { Description = "V3 API-wallet (agent) address." };
    public Option<bool> SecretStdin { get; } = new("--secret-stdin") { Description = "Read the API secret or API-wallet private key from the first line of standard input." };
    public Option<string?> ApiSecret { get; } = new("--api-secret") { Description = "V1 API secret on the command line (needs --insecure-secret-args)." };
    public Option<string?> SignerKey { get; } = new("--signer-key") { Description = "V3 API-wallet private key on the command line (needs --insecure-secret-args)." };
    public Option<bool> InsecureSecretArgs { get; } = new("--insecure-secret-args") { Description = "Allow secrets as arguments (visible in the process list and shell history)." };

    public const string EgressVariable = "ASTERBOT_EGRESS_IPS";

    public Option<string[]> EgressIps { get; } = new("--egress-ip")
    {
        Description = $"This node's public IP; repeat for several (default ${EgressVariable}, comma-separated). A V3 agent's whitelist must contain them.",
    };
    public Option<string> ProbeSymbol { get; } = new("--symbol") { Description = "Pair whose market data the test reads.", DefaultValueFactory = _ => "BTCUSDT" };

    public void AddSettings(Command command)
    {
        foreach (var option in new Option[] { Exchange, Network, MakerFee, TakerFee, Delay, RateLimit, AllowWithdrawals }) command.Options.Add(option);
    }

    public void AddKeys(Command command)
    {
        foreach (var option in new Option[] { ApiKey, User, Signer, SecretStdin, ApiSecret, SignerKey, InsecureSecretArgs }) command.Options.Add(option);
    }

    public void AddTest(Command command)
    {
        command.Options.Add(EgressIps);
        command.Options.Add(ProbeSymbol);
    }

    public bool HasKeys(ParseResult parse) => parse.GetValue(ApiKey) is not null || parse.GetValue(User) is not null || parse.GetValue(Signer) is not null;

    /// <summary>The credentials from the flags plus the secret from its allowed source; format-checked.</summary>
    public SlotCredentials ReadCredentials(ParseResult parse, TextReader stdin, Func<string, string?> environment)
    {
        var apiKey = parse.GetValue(ApiKey);
        var (user, signer) = (parse.GetValue(User), parse.GetValue(Signer));
        if (apiKey is not null && (user is not null || signer is not null))
            throw new SlotInputException("Give either a V1 key (--api-key) or V3 addresses (--user and --signer), not both.");
        if (apiKey is not null) return V1Credentials.Create(apiKey, Secret(parse, ApiSecret, SecretVariable, stdin, environment));
        if (user is null || signer is null)
            throw new SlotInputException("V3 keys need both --user (the wallet) and --signer (the API wallet); V1 keys need --api-key.");
        return V3Credentials.Create(user, signer, Secret(parse, SignerKey, SignerKeyVariable, stdin, environment));
    }

    private string Secret(ParseResult parse, Option<string?> flag, string variable, TextReader stdin, Func<string, string?> environment)
    {
        if (parse.GetValue(flag) is { } given)
            return parse.GetValue(InsecureSecretArgs)
                ? given
                : throw new SlotInputException($"{flag.Name} puts the secret in the process list and shell history: set ${variable} or use --secret-stdin (or add --insecure-secret-args if you insist).");
        if (parse.GetValue(SecretStdin))
            return stdin.ReadLine()?.Trim() is { Length: > 0 } line ? line : throw new SlotInputException("--secret-stdin was given but standard input was empty.");
        return environment(variable) is { Length: > 0 } value
            ? value
            : throw new SlotInputException($"No secret given: set ${variable}, or pipe it with --secret-stdin.");
    }

    public SlotEdit ReadEdit(ParseResult parse) => new()
    {
        NewLabel = parse.GetValue(NewLabel),
        Exchange = parse.GetValue(Exchange) is { } exchange ? SlotExchanges.Parse(exchange) : null,
        Network = parse.GetValue(Network),
        MakerFee = Fee(parse.GetValue(MakerFee), "maker fee"),
        TakerFee = Fee(parse.GetValue(TakerFee), "taker fee"),
        ProcessingDelaySeconds = parse.GetValue(Delay),
        RateLimitMs = parse.GetValue(RateLimit),
        AllowWithdrawals = parse.GetValue(AllowWithdrawals),
    };

    /// <summary>"0.0004" is a fraction; "0.04%" is a percent (the same fee).</summary>
    public static decimal? Fee(string? text, string name)
    {
        if (text is null) return null;
        var value = text.Trim();
        var percent = value.EndsWith('%');
        if (!decimal.TryParse(percent ? value[..^1] : value, NumberStyles.Number, CultureInfo.InvariantCulture, out var fee))
            throw new SlotInputException($"The {name} '{text}' is not a number: write a fraction (0.0004) or a percent (0.04%).");
        return percent ? fee / 100m : fee;
    }

    /// <summary>Commands without the test options (list, archive …) get the defaults.</summary>
    public ConnectionTestOptions TestOptions(ParseResult parse) => new()
    {
        EgressIps = ConfiguredEgress(parse).Select(ip => IPAddress.TryParse(ip, out var address)
            ? address
            : throw new SlotInputException($"--egress-ip '{ip}' is not an IP address.")).ToList(),
        ProbeSymbol = parse.GetValue(ProbeSymbol)?.Trim().ToUpperInvariant() ?? new ConnectionTestOptions().ProbeSymbol,
    };

    private string[] ConfiguredEgress(ParseResult parse) =>
        parse.GetValue(EgressIps) is { Length: > 0 } given
            ? given
            : (Environment.GetEnvironmentVariable(EgressVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Opens the store and the service; the self-hosted CLI acts as the first user (created on first use).</summary>
    public async Task<(AsterStore Store, ApiSlotService Service, OwnerId Owner)> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var path = parse.GetValue(Db)!;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var store = await AsterStore.OpenSqliteAsync(path, StoreOptions.NextToDatabase(path, TimeProvider.System), ct);
        try
        {
            var owner = (await store.Users.GetAsync(new OwnerId(1), ct))?.Id ?? (await store.Users.CreateAsync("operator", null, ct)).Id;
            return (store, new ApiSlotService(store, new SlotConnector(), TestOptions(parse)), owner);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
