using System.Net;
using System.Text.Json.Serialization;
using AsterBot.Aster.Environments;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Faults;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.RateLimits;
using AsterBot.Simulator.Server.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AsterBot.Simulator.Server;

/// <summary>
/// The simulator behind Aster's wire protocol on 127.0.0.1: REST (futures /fapi/*, spot /api/*), WebSocket streams
/// (futures /ws and /stream, spot /spot/ws and /spot/stream) and admin endpoints under /sim/.
/// Start with <see cref="StartAsync"/>, stop with <see cref="DisposeAsync"/>.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ITimer _sweeper;

    private readonly StreamPublisher _publisher;

    private SimulatorServer(WebApplication app, SimulatorState state, Uri rest)
    {
        _app = app;
        _publisher = new StreamPublisher(state);
        State = state;
        RestBaseUri = rest;
        WsBaseUri = new Uri($"ws://{rest.Authority}/");
        SpotWsBaseUri = new Uri($"ws://{rest.Authority}{StreamHub.SpotPrefix}/");
        // Every second: the engine catches up with the clock (funding, random walk), expired listen keys are
        // announced and mark prices are pushed. All of it runs on the simulator clock, so a manual clock drives it
        // in tests.
        _sweeper = state.Clock.CreateTimer(_ =>
        {
            state.Engine.Tick();
            state.ListenKeys.Sweep();
            _publisher.PublishMarkPrices();
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Base of REST paths, e.g. http://127.0.0.1:51234/ (append fapi/v1/ping).</summary>
    public Uri RestBaseUri { get; }

    /// <summary>Futures WebSocket base: append ws/&lt;stream&gt; or stream?streams=…</summary>
    public Uri WsBaseUri { get; }

    /// <summary>Spot WebSocket base (same port, /spot prefix).</summary>
    public Uri SpotWsBaseUri { get; }

    public SimulatorState State { get; }

    /// <summary>Where an Aster client finds this simulator: REST, futures and spot WebSocket bases, its V3 chain id.</summary>
    public AsterEnvironment Environment => AsterEnvironment.Custom(RestBaseUri, WsBaseUri, State.Options.V3ChainId, "simulator", SpotWsBaseUri);

    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Port is < 0 or > 65535)
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (any free port) or 1-65535.");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Admin input: enum names as text ("ServerError") and decimals as numbers or strings ("10000.5").
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        });
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AsterBot.Simulator");

        var state = SimulatorState.Create(options, logger);
        foreach (var seed in options.Accounts) state.Seeder.Create(seed);

        app.UseWebSockets();
        AdminEndpoints.Map(app, state);
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path.Value ?? "";
            if (StreamHub.IsStreamPath(path)) await state.Hub.HandleAsync(http);
            else if (RouteTable.IsAsterPath(path)) await state.Pipeline.HandleAsync(http);
            else await next(http);
        });

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SimulatorServer(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        await _publisher.DisposeAsync();
        State.Hub.DropAll();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
