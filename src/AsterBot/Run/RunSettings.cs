using System.Globalization;
using AsterBot.Aster.Environments;
using AsterBot.Aster.Models;
using Microsoft.Extensions.Configuration;

namespace AsterBot.Run;

/// <summary>paper: the simulator engine in-process (random-walk or followed live prices); live: the slots' Aster accounts.</summary>
public enum RunMode { Paper, Live }

/// <summary>
/// Paper prices taken from a real market (Paper:Prices = live): its public ticker prices, polled every
/// <paramref name="PollInterval"/> from <paramref name="Source"/> (mainnet, testnet or a custom base URL).
/// </summary>
public sealed record PaperPriceSource(AsterEnvironment Source, TimeSpan PollInterval);

/// <summary>One configured pair: what to trade and how (see docs/RUN.md for the schema).</summary>
public sealed record PairSettings(string Key, string Symbol, Market Market, KlineInterval Interval, string Strategy, string? Tier,
    IReadOnlyDictionary<string, string> Params, bool Enabled);

/// <summary>One configured slot: live, the label of a slot stored with `asterbot slots add`; paper, any name.</summary>
public sealed record SlotRunSettings(string Label, decimal ProcessingDelaySeconds, IReadOnlyList<PairSettings> Pairs);

/// <summary>
/// What `asterbot run` runs, from appsettings.json (working directory, then the data folder) and ASTERBOT__…
/// environment variables (e.g. ASTERBOT__Mode=live, ASTERBOT__Slots__0__Pairs__0__Symbol=ETHUSDT). No slots
/// configured = the embedded demo.
/// </summary>
public sealed record RunSettings(RunMode Mode, decimal PaperBalance, IReadOnlyList<SlotRunSettings> Slots)
{
    /// <summary>Paper only: where paper prices come from; null = the engine's own seeded random walk (the default).</summary>
    public PaperPriceSource? LivePrices { get; init; }

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
        var keys = slots.SelectMany(s => s.Pairs).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (keys is not null) throw new RunConfigException($"Pair key '{keys.Key}' is used twice: every pair needs its own Key (it prefixes its order ids).");
        return new RunSettings(mode, balance, slots) { LivePrices = ReadPaperPrices(config) };
    }

    private static PaperPriceSource? ReadPaperPrices(IConfiguration config)
    {
        var prices = config["Paper:Prices"];
        if (prices is null or "" || prices.Equals("simulated", StringComparison.OrdinalIgnoreCase)) return null;
        if (!prices.Equals("live", StringComparison.OrdinalIgnoreCase))
            throw new RunConfigException($"Paper:Prices '{prices}' is not a price source: use \"simulated\" (the default random walk) or \"live\".");
        var poll = Decimal(config, "Paper:PollSeconds", 2m);
        if (poll is <= 0 or > 60) throw new RunConfigException($"Paper:PollSeconds must be more than 0 and at most 60; got {poll}.");
        return new PaperPriceSource(PriceEnvironment(config), TimeSpan.FromSeconds((double)poll));
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
        if (delay < 0) throw new RunConfigException($"{slot.Path}:ProcessingDelaySeconds cannot be negative; got {delay}.");
        var pairs = slot.GetSection("Pairs").GetChildren().Select(ReadPair).Where(p => p.Enabled).ToList();
        if (pairs.Count == 0) throw new RunConfigException($"Slot '{label}' ({slot.Path}) has no enabled Pairs: add at least one, or remove the slot.");
        return new SlotRunSettings(label, delay, pairs);
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
        return new PairSettings(key, symbol, market, interval, Required(pair, "Strategy"), pair["Tier"], parameters, enabled);
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
