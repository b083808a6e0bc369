using System.Globalization;
using AsterBot.Aster.Environments;
using AsterBot.Aster.Models;
using AsterBot.Cli;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;
using Microsoft.Extensions.Configuration;

namespace AsterBot.Run;

/// <summary>paper: the simulator engine in-process (random-walk or followed live prices); live: the slots' Aster accounts.</summary>
public enum RunMode { Paper, Live }

/// <summary>
/// Paper prices taken from a real market (Paper:Prices = live): its public ticker prices, polled every
/// <paramref name="PollInterval"/> from <paramref name="Source"/> (mainnet, testnet or a custom base URL), and its candles.
/// </summary>
public sealed record PaperPriceSource(AsterEnvironment Source, TimeSpan PollInterval);

/// <summary>
/// Paper prices replayed from recorded klines CSV files (Paper:Prices = replay): a file per symbol (full paths),
/// played at <paramref name="Speed"/> replayed seconds per real second, from <paramref name="From"/> (Unix ms) or the
/// start of the period all files cover.
/// </summary>
public sealed record PaperReplay(IReadOnlyDictionary<string, string> Files, decimal Speed, long? From);

/// <summary>One configured pair: what to trade and how (see docs/RUN.md for the schema).</summary>
public sealed record PairSettings(string Key, string Symbol, Market Market, KlineInterval Interval, string Strategy, string? Tier,
    IReadOnlyDictionary<string, string> Params, bool Enabled)
{
    /// <summary>Futures: the margin type set on the exchange before the pair opens (crossed unless configured).</summary>
    public MarginType MarginType { get; init; } = MarginType.Crossed;

    /// <summary>No order goes out when the candle due after the last closed one is later than this.</summary>
    public TimeSpan StalenessLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Live: how long a step waits for the stream to bring fills its orders' answers reported (then exits go out).</summary>
    public TimeSpan FillWait { get; init; } = TimeSpan.FromSeconds(3);
}

/// <summary>One configured slot: live, the label of a slot stored with `asterbot slots add`; paper, any name.</summary>
public sealed record SlotRunSettings(string Label, decimal ProcessingDelaySeconds, IReadOnlyList<PairSettings> Pairs)
{
    /// <summary>The limits on new exposure shared by the slot's pairs (one account); none unless configured.</summary>
    public RiskLimits Risk { get; init; } = RiskLimits.None;
}

/// <summary>
/// What `asterbot run` runs, from appsettings.json (working directory, then the data folder) and ASTERBOT__…
/// environment variables (e.g. ASTERBOT__Mode=live, ASTERBOT__Slots__0__Pairs__0__Symbol=ETHUSDT). No slots
/// configured = the embedded demo.
/// </summary>
public sealed record RunSettings(RunMode Mode, decimal PaperBalance, IReadOnlyList<SlotRunSettings> Slots)
{
    /// <summary>Paper only: where paper prices come from; null = the engine's own seeded random walk (the default).</summary>
    public PaperPriceSource? LivePrices { get; init; }

    /// <summary>Paper only: recorded candles to replay instead of live or random-walk prices; null unless Paper:Prices = replay.</summary>
    public PaperReplay? Replay { get; init; }

    public const string FileName = "appsettings.json";
    public const string EnvironmentPrefix = "ASTERBOT__";

    public bool IsDemo => Slots.Count == 0;

    /// <summary>Reads and checks the configuration; throws <see cref="RunConfigException"/> naming the key to fix.</summary>
    public static RunSettings Load(string dataDir)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in new[] { Path.Combine(dataDir, FileName), Path.Combine(Directory.GetCurrentDirectory(), FileName) }.Distinct())
            builder.AddJsonFile(Path.GetFullPath(file), optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        IConfiguration config;
        try
        {
            config = builder.Build();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            throw new RunConfigException($"{FileName} is not valid JSON ({e.Message}). Fix the file or remove it to run the demo.");
        }
        return From(config);
    }

    public static RunSettings From(IConfiguration config)
    {
        var mode = config["Mode"] switch
        {
            null or "" => RunMode.Paper,
            var m when m.Equals("paper", StringComparison.OrdinalIgnoreCase) => RunMode.Paper,
            var m when m.Equals("live", StringComparison.OrdinalIgnoreCase) => RunMode.Live,
            var m => throw new RunConfigException($"Mode '{m}' is not a run mode: use \"paper\" or \"live\"."),
        };
        var balance = Decimal(config, "Paper:Balance", 10_000m);
        if (balance <= 0) throw new RunConfigException($"Paper:Balance must be positive; got {balance}.");
        var slots = config.GetSection("Slots").GetChildren().Select(ReadSlot).ToList();
        if (mode == RunMode.Live && slots.Count == 0)
            throw new RunConfigException("Mode is live but no Slots are configured: add Slots with the labels of your stored slots (`asterbot slots list`).");
        var labels = slots.GroupBy(s => s.Label, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (labels is not null)
            throw new RunConfigException($"Slot '{labels.Key}' is configured twice: a slot is one account, so list all its pairs under one Slots entry.");
        var keys = slots.SelectMany(s => s.Pairs).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (keys is not null) throw new RunConfigException($"Pair key '{keys.Key}' is used twice: every pair needs its own Key (it prefixes its order ids).");
        var prices = config["Paper:Prices"] is { Length: > 0 } text ? text.Trim().ToLowerInvariant() : "simulated";
        if (prices is not ("simulated" or "live" or "replay"))
            throw new RunConfigException($"Paper:Prices '{config["Paper:Prices"]}' is not a price source: use \"simulated\" (the default random walk), \"live\" or \"replay\" (recorded candles).");
        return new RunSettings(mode, balance, slots)
        {
            LivePrices = prices == "live" ? ReadLivePrices(config) : null,
            Replay = prices == "replay" && mode == RunMode.Paper ? ReadReplay(config, slots) : null,
        };
    }

    private static PaperPriceSource ReadLivePrices(IConfiguration config)
    {
        var poll = Decimal(config, "Paper:PollSeconds", 2m);
        if (poll is <= 0 or > 60) throw new RunConfigException($"Paper:PollSeconds must be more than 0 and at most 60; got {poll}.");
        return new PaperPriceSource(PriceEnvironment(config), TimeSpan.FromSeconds((double)poll));
    }

    private static PaperReplay ReadReplay(IConfiguration config, IReadOnlyList<SlotRunSettings> slots)
    {
        var files = config.GetSection("Paper:Replay").GetChildren()
            .Where(f => f.Value is { Length: > 0 })
            .ToDictionary(f => f.Key.ToUpperInvariant(), f => Path.GetFullPath(f.Value!.Trim()), StringComparer.Ordinal);
        foreach (var symbol in slots.SelectMany(s => s.Pairs).GroupBy(p => p.Symbol))
        {
            if (!files.ContainsKey(symbol.Key))
                throw new RunConfigException($"Paper:Prices is replay but {symbol.Key} has no candle file: set Paper:Replay:{symbol.Key} to a klines CSV " +
                    $"(e.g. from `asterbot data download --symbol {symbol.Key} --interval 1m --days 1 --out {symbol.Key.ToLowerInvariant()}-1m.csv`).");
            var intervals = symbol.Select(p => p.Interval).Distinct().ToList();
            if (intervals.Count > 1)
                throw new RunConfigException($"Pairs on {symbol.Key} use the intervals {string.Join(" and ", intervals)}, but a replayed symbol has one file: give its pairs the file's interval.");
        }
        var speed = Decimal(config, "Paper:ReplaySpeed", 60m);
        if (speed is < ReplayClock.MinSpeed or > ReplayClock.MaxSpeed)
            throw new RunConfigException($"Paper:ReplaySpeed must be from {ReplayClock.MinSpeed} to {ReplayClock.MaxSpeed} replayed seconds per real second (60 = one 1m candle a second); got {speed}.");
        long? from;
        try
        {
            from = DataCliInput.Time("Paper:ReplayFrom", config["Paper:ReplayFrom"] is { Length: > 0 } text ? text.Trim() : null);
        }
        catch (CliInputException e)
        {
            throw new RunConfigException(e.Message);
        }
        return new PaperReplay(files, speed, from);
    }

    private static AsterEnvironment PriceEnvironment(IConfiguration config)
    {
        if (config["Paper:BaseUrl"] is { Length: > 0 } url)
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new RunConfigException($"Paper:BaseUrl '{url}' is not an http(s) URL: use e.g. http://127.0.0.1:5000, or leave it out and set Paper:Network.");
            return AsterEnvironment.Custom(uri, name: uri.GetLeftPart(UriPartial.Authority));
        }
        try
        {
            return AsterEnvironment.FromName(config["Paper:Network"] is { Length: > 0 } network ? network : "mainnet");
        }
        catch (ArgumentException e)
        {
            throw new RunConfigException($"Paper:Network: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    private static SlotRunSettings ReadSlot(IConfigurationSection slot)
    {
        var label = Required(slot, "Label");
        var delay = Decimal(slot, "ProcessingDelaySeconds", 1m);
        if (delay is < 0 or > 3_600)
            throw new RunConfigException($"{slot.Path}:ProcessingDelaySeconds must be from 0 to 3600 (seconds between the slot's pairs); got {delay}.");
        var pairs = slot.GetSection("Pairs").GetChildren().Select(ReadPair).Where(p => p.Enabled).ToList();
        if (pairs.Count == 0) throw new RunConfigException($"Slot '{label}' ({slot.Path}) has no enabled Pairs: add at least one, or remove the slot.");
        // One account holds one position per symbol and market: two pairs there would trade the same position, each
        // taking the other's fills for outside changes.
        var shared = pairs.GroupBy(p => (p.Symbol, p.Market)).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
            throw new RunConfigException($"Pairs {string.Join(" and ", shared.Select(p => $"'{p.Key}'"))} of slot '{label}' both trade {shared.Key.Symbol} " +
                $"{shared.Key.Market.ToString().ToLowerInvariant()}: a slot's account holds one position per symbol and market. Keep one of them, " +
                "or move the other to a slot of another account.");
        return new SlotRunSettings(label, delay, pairs) { Risk = ReadRisk(slot.GetSection("Risk")) };
    }

    private static PairSettings ReadPair(IConfigurationSection pair)
    {
        var symbol = Required(pair, "Symbol").ToUpperInvariant();
        var market = pair["Market"] switch
        {
            null or "" => Market.Futures,
            var m when m.Equals("futures", StringComparison.OrdinalIgnoreCase) => Market.Futures,
            var m when m.Equals("spot", StringComparison.OrdinalIgnoreCase) => Market.Spot,
            var m => throw new RunConfigException($"{pair.Path}:Market '{m}' is not a market: use \"futures\" or \"spot\"."),
        };
        KlineInterval interval;
        try
        {
            interval = KlineInterval.Parse(pair["Interval"] ?? "1m");
        }
        catch (ArgumentException e)
        {
            throw new RunConfigException($"{pair.Path}:Interval: {e.Message.Split(" (Parameter")[0]}");
        }
        var key = pair["Key"] ?? symbol.ToLowerInvariant() + pair.Key;
        var parameters = pair.GetSection("Params").GetChildren().ToDictionary(p => p.Key, p => p.Value ?? "", StringComparer.OrdinalIgnoreCase);
        var enabled = pair["Enabled"] is not { } text || (bool.TryParse(text, out var on)
            ? on : throw new RunConfigException($"{pair.Path}:Enabled must be true or false; got '{text}'."));
        var marginType = pair["MarginType"] switch
        {
            null or "" => MarginType.Crossed,
            var m when m.Equals("crossed", StringComparison.OrdinalIgnoreCase) || m.Equals("cross", StringComparison.OrdinalIgnoreCase) => MarginType.Crossed,
            var m when m.Equals("isolated", StringComparison.OrdinalIgnoreCase) => MarginType.Isolated,
            var m => throw new RunConfigException($"{pair.Path}:MarginType '{m}' is not a margin type: use \"crossed\" or \"isolated\"."),
        };
        if (market == Market.Spot && marginType == MarginType.Isolated)
            throw new RunConfigException($"{pair.Path}:MarginType applies to futures only; remove it from the spot pair.");
        var staleness = Decimal(pair, "StalenessSeconds", 120m);
        if (staleness is <= 0 or > 86_400)
            throw new RunConfigException($"{pair.Path}:StalenessSeconds must be more than 0 and at most 86400 (how late the next candle may be before orders stop); got {staleness}.");
        var fillWait = Decimal(pair, "FillWaitSeconds", 3m);
        if (fillWait is < 0 or > 60)
            throw new RunConfigException($"{pair.Path}:FillWaitSeconds must be from 0 to 60 (how long a step waits for the fills its orders reported); got {fillWait}.");
        return new PairSettings(key, symbol, market, interval, Required(pair, "Strategy"), pair["Tier"], parameters, enabled)
        {
            MarginType = marginType,
            StalenessLimit = TimeSpan.FromSeconds((double)staleness),
            FillWait = TimeSpan.FromSeconds((double)fillWait),
        };
    }

    private static decimal Cooldown(IConfigurationSection risk)
    {
        var minutes = Decimal(risk, "CooldownMinutes", 60m);
        return minutes is >= 0 and <= 43_200 ? minutes
            : throw new RunConfigException($"{risk.Path}:CooldownMinutes must be from 0 to 43200 (30 days); got {minutes}.");
    }

    /// <summary>Slots:N:Risk — the slot's guards on new exposure; each limit is off unless set.</summary>
    private static RiskLimits ReadRisk(IConfigurationSection risk)
    {
        decimal? Optional(string name) => risk[name] is { Length: > 0 } ? Decimal(risk, name, 0) : null;
        var losses = Optional("MaxConsecutiveLosses");
        if (losses is { } n && (n != decimal.Truncate(n) || n is < 1 or > 1_000))
            throw new RunConfigException($"{risk.Path}:MaxConsecutiveLosses must be a whole number from 1 to 1000; got {n}.");
        var limits = new RiskLimits
        {
            MaxPositionNotional = Optional("MaxPositionNotional"),
            MaxDailyLoss = Optional("MaxDailyLoss"),
            MaxConsecutiveLosses = losses is { } count ? (int)count : null,
            Cooldown = TimeSpan.FromMinutes((double)Cooldown(risk)),
        };
        return limits.Problem() is { } problem ? throw new RunConfigException($"{risk.Path}: {problem}") : limits;
    }

    private static string Required(IConfigurationSection section, string name) =>
        section[name] is { Length: > 0 } value ? value.Trim() : throw new RunConfigException($"{section.Path}:{name} is required.");

    private static decimal Decimal(IConfiguration section, string name, decimal fallback) =>
        section[name] is not { } text ? fallback
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : throw new RunConfigException($"{(section is IConfigurationSection s ? s.Path + ":" : "")}{name} must be a number; got '{text}'.");
}

/// <summary>A run configuration the user must fix; the message names the setting.</summary>
public sealed class RunConfigException(string message) : Exception(message);
