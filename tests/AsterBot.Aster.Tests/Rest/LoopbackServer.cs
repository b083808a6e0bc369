using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>A request as the server saw it: verb, path, raw query (without '?'), raw body, API-key header.</summary>
public sealed record SeenRequest(string Method, string Path, string Query, string Body, string? ApiKey);

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port. Each request is recorded, then answered by the handler.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<LoopbackServer> StartAsync(Func<SeenRequest, HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var seen = new SeenRequest(context.Request.Method, context.Request.Path.Value ?? "",
                context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "", body,
                context.Request.Headers.TryGetValue("X-MBX-APIKEY", out var key) ? key.ToString() : null);
            server.Requests.Enqueue(seen);
            await handler(seen, context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address);
        return server;
    }

    /// <summary>
    /// A server that answers every request with the same status, headers and body, except the server-time endpoint
    /// (V1 clients read it before their first signed call), which answers normally.
    /// </summary>
    public static Task<LoopbackServer> RespondingAsync(int status, string body, params (string Name, string Value)[] headers) =>
        StartAsync(async (seen, context) =>
        {
            if (seen.Path.EndsWith("/time"))
            {
                await context.Response.WriteAsync($"{{\"serverTime\":{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}}");
                return;
            }
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers) context.Response.Headers[name] = value;
            await context.Response.WriteAsync(body);
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
