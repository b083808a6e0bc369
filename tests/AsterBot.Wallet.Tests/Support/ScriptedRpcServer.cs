using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AsterBot.Wallet.Tests.Support;

/// <summary>
/// A real HTTP JSON-RPC server on 127.0.0.1 whose answers a test scripts: correct, slow, garbage or wrong-chain.
/// </summary>
public sealed class ScriptedRpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private ScriptedRpcServer(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>Requests received so far (each JSON-RPC call, including chain id checks).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>
    /// Starts a server answering each call with <paramref name="answer"/>(method, id); the default answers like
    /// a healthy BNB Smart Chain node at block 16.
    /// </summary>
    public static async Task<ScriptedRpcServer> StartAsync(Func<string, long, HttpContext, Task>? answer = null, string path = "/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ScriptedRpcServer(app);
        answer ??= Healthy();
        app.Run(async context =>
        {
            Interlocked.Increment(ref server._requests);
            using var request = await JsonDocument.ParseAsync(context.Request.Body);
            await answer(request.RootElement.GetProperty("method").GetString()!, request.RootElement.GetProperty("id").GetInt64(), context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(new Uri(address), path);
        return server;
    }

    /// <summary>Answers like a node of <paramref name="chainId"/>, with <paramref name="blockNumber"/> as raw JSON text.</summary>
    public static Func<string, long, HttpContext, Task> Healthy(string chainId = "0x38", string blockNumber = "\"0x10\"") =>
        (method, id, context) => method switch
        {
            "eth_chainId" => Result(context, id, $"\"{chainId}\""),
            "eth_blockNumber" => Result(context, id, blockNumber),
            _ => context.Response.WriteAsync($$$"""{"jsonrpc":"2.0","id":{{{id}}},"error":{"code":-32601,"message":"method not found"}}"""),
        };

    public static Task Result(HttpContext context, long id, string rawJson)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($$"""{"jsonrpc":"2.0","id":{{id}},"result":{{rawJson}}}""");
    }

    /// <summary>An http URL on which nothing listens (the port was free a moment ago).</summary>
    public static Uri DeadUrl()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
