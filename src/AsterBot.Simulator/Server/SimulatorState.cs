using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Faults;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.RateLimits;
using AsterBot.Simulator.Server.Streams;
using Microsoft.Extensions.Logging;

namespace AsterBot.Simulator.Server;

/// <summary>Everything a running simulator holds, wired together once at start.</summary>
public sealed class SimulatorState
{
    private SimulatorState(SimulatorOptions options, SimulatorClock clock, ILogger logger)
    {
        Options = options;
        Clock = clock;
        Logger = logger;
        Faults.Configure(options.Faults, options.FaultSeed);
        Nonces = new NonceStore(options.NonceWindow);
        ListenKeys = new ListenKeyStore(clock, options.ListenKeyTtl);
        FuturesWeight = new WeightLimiter(clock, options.FuturesWeightPerMinute, options.BanAfterRejections);
        SpotWeight = new WeightLimiter(clock, options.SpotWeightPerMinute, options.BanAfterRejections);
        FuturesOrders = new OrderCountLimiter(clock, options.FuturesOrdersPer10Seconds, options.FuturesOrdersPerMinute);
        SpotOrders = new OrderCountLimiter(clock, options.SpotOrdersPer10Seconds, options.SpotOrdersPerMinute);
        IpResolver = new ClientIpResolver(options.TrustForwardedFor);
        V1 = new V1Authenticator(Accounts, clock);
        V3 = new V3Authenticator(Accounts, clock, Nonces, options.V3ChainId);
        Management = new ManagementSignature(clock, Nonces, options.V3ChainId);
        Seeder = new AccountSeeder(this);
        IdsAsStrings = options.V3IdsAsStrings;
        Engine = new SimulatorEngine(
            new EngineOptions { Seed = options.Seed, Symbols = options.Symbols.Count == 0 ? null : options.Symbols, RandomWalk = options.RandomWalk },
            clock);
        Symbols = new SymbolIndex(Engine);
    }

    public static SimulatorState Create(SimulatorOptions options, ILogger logger)
    {
        var state = new SimulatorState(options, new SimulatorClock(options.Clock), logger);
        state.Hub = new StreamHub(state.ListenKeys, state.Faults, state.Clock, state.IsSymbol, logger);
        state.Pipeline = new AsterPipeline(state.Routes, state.IpResolver, state.Faults, state.FuturesWeight, state.SpotWeight,
            state.FuturesOrders, state.SpotOrders, state.V1, state.V3.Authenticate, route => route.Generation == ApiGeneration.V3 && state.IdsAsStrings, options.TimeoutFaultCap, logger);
        Endpoints.AsterEndpoints.MapAll(state);
        return state;
    }

    public SimulatorOptions Options { get; }

    public SimulatorClock Clock { get; }

    public ILogger Logger { get; }

    public AccountRegistry Accounts { get; } = new();

    public FaultInjector Faults { get; } = new();

    public NonceStore Nonces { get; }

    public ListenKeyStore ListenKeys { get; }

    public WeightLimiter FuturesWeight { get; }

    public WeightLimiter SpotWeight { get; }

    public OrderCountLimiter FuturesOrders { get; }

    public OrderCountLimiter SpotOrders { get; }

    public ClientIpResolver IpResolver { get; }

    public V1Authenticator V1 { get; }

    public V3Authenticator V3 { get; }

    public ManagementSignature Management { get; }

    public RouteTable Routes { get; } = new();

    public AccountSeeder Seeder { get; }

    public StreamHub Hub { get; private set; } = null!;

    public AsterPipeline Pipeline { get; private set; } = null!;

    /// <summary>The V3 "numbers as strings" switch (V3 routes only); settable at runtime through /sim/config.</summary>
    public bool IdsAsStrings { get; set; }

    public SimulatorEngine Engine { get; }

    /// <summary>The enabled symbols with their output scales.</summary>
    public SymbolIndex Symbols { get; }

    public bool IsSymbol(Market market, string symbol) => Symbols.Find(market, symbol) is not null;

    /// <summary>
    /// The account of a wallet, created (registry and engine, same id) with the given balances when it is new.
    /// </summary>
    public SimAccount EnsureAccount(string wallet, AccountSeed? seed = null)
    {
        var (account, created) = Accounts.GetOrCreate(wallet);
        if (!created) return account;
        var made = Engine.CreateAccount(new AccountSpec
        {
            Id = account.Id,
            WalletAddress = account.Wallet,
            FuturesBalances = seed?.FuturesBalances ?? new Dictionary<string, decimal>(),
            SpotBalances = seed?.SpotBalances ?? new Dictionary<string, decimal>(),
        });
        if (!made.IsSuccess) throw new ArgumentException(made.Error!.Value.Message, nameof(seed));
        return account;
    }
}
