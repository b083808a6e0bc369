using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Faults;
using AsterBot.Simulator.Server.Json;
using AsterBot.Simulator.Server.RateLimits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AsterBot.Simulator.Server.Http;

/// <summary>
/// Answers every Aster REST request in the order a real gateway would: faults → request weight (429/418) →
/// parameters → authentication → order-count limit → handler. Every answer is JSON with
/// <c>X-MBX-USED-WEIGHT-1M</c>; order routes add <c>X-MBX-ORDER-COUNT-10S/1M</c>. Bad input never yields a 500.
/// </summary>
public sealed class AsterPipeline(
    RouteTable routes,
    ClientIpResolver ipResolver,
    FaultInjector faults,
    WeightLimiter futuresWeight,
    WeightLimiter spotWeight,
    OrderCountLimiter futuresOrders,
    OrderCountLimiter spotOrders,
    V1Authenticator v1,
    Action<AsterRequest> authenticateV3,
    Func<AsterRoute, bool> idsAsStrings,
    TimeSpan timeoutFaultCap,
    ILogger logger)
{
    /// <summary>Largest body read; Aster's requests are a few hundred bytes (a 5-order batch a few KB).</summary>
    private const int MaxBodyBytes = 64 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var method = http.Request.Method;
        var ip = ipResolver.Resolve(http);
        var route = routes.Find(method, path);
        if (route is null)
        {
            await WriteErrorAsync(http, AsterError.UnknownRoute with { Message = $"Unknown endpoint {method} {path}." }, 0);
            return;
        }
        var weightLimiter = route.Market == Market.Spot ? spotWeight : futuresWeight;
        var ipKey = ip.ToString();

        try
        {
            if (await ApplyPreFaultAsync(http, method, path, ipKey, weightLimiter)) return;

            var parameters = await ReadParametersAsync(http);
            var weight = weightLimiter.Charge(ipKey, route.Weight(parameters));
            if (weight.Verdict != WeightLimiter.Verdict.Allowed)
            {
                await WriteRateLimitedAsync(http, weight, ipKey, weightLimiter.LimitPerMinute);
                return;
            }

            var request = new AsterRequest(http, route, parameters, ip);
            Authenticate(request);

            if (route.PlacesOrders && !ChargeOrders(http, route, request)) return;

            var result = await route.Handler(request);
            if (faults.Roll(method, path, FaultKind.ExecutedThen503) is not null)
            {
                // The handler ran (the order exists); the client is told only that the outcome is unknown.
                await WriteErrorAsync(http, new AsterError(-1007, "Timeout waiting for response from backend server. Send status unknown; execution status unknown.", HttpStatusCode.ServiceUnavailable), weight.UsedWeight);
                return;
            }
            await WriteResultAsync(http, route, result, weight.UsedWeight);
        }
        catch (AsterErrorException e)
        {
            await WriteErrorAsync(http, e.Error, weightLimiter.UsedBy(ipKey));
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (e.g. during an injected timeout); nothing to answer.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Unexpected failure answering {Method} {Path}", method, path);
            await WriteErrorAsync(http, new AsterError(-1000, "An unknown error occurred while processing the request.", HttpStatusCode.InternalServerError), weightLimiter.UsedBy(ipKey));
        }
    }

    private void Authenticate(AsterRequest request)
    {
        var security = request.Route.Security;
        if (security is Security.None or Security.SelfVerified) return;
        if (request.Route.Generation == ApiGeneration.V1) v1.Authenticate(request);
        else if (security != Security.MarketData) authenticateV3(request);
    }

    private bool ChargeOrders(HttpContext http, AsterRoute route, AsterRequest request)
    {
        var limiter = route.Market == Market.Spot ? spotOrders : futuresOrders;
        var outcome = limiter.Charge(request.RequireAccount().Id, BatchLists.OrderCount(request.Params));
        http.Response.Headers["X-MBX-ORDER-COUNT-10S"] = outcome.Count10S.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["X-MBX-ORDER-COUNT-1M"] = outcome.Count1M.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (outcome.Allowed) return true;
        throw new AsterErrorException(new AsterError(-1015, $"Too many new orders; current limit is {limiter.Per10Seconds} orders per 10 SECOND and {limiter.PerMinute} per MINUTE.", HttpStatusCode.TooManyRequests));
    }

    /// <returns>True when a fault already answered (or abandoned) the request.</returns>
    private async Task<bool> ApplyPreFaultAsync(HttpContext http, string method, string path, string ipKey, WeightLimiter limiter)
    {
        var fault = faults.Roll(method, path, FaultKind.Latency, FaultKind.Timeout, FaultKind.ServerError, FaultKind.RateLimitBurst);
        switch (fault?.Kind)
        {
            case FaultKind.Latency:
                // Network latency is real time on purpose: the client's timeouts run on the wall clock.
                await Task.Delay(fault.DelayMs, http.RequestAborted);
                return false;
            case FaultKind.Timeout:
                // Hold the request open until the client gives up; bounded so that no test can hang forever.
                var hold = fault.DelayMs > 0 ? TimeSpan.FromMilliseconds(fault.DelayMs) : timeoutFaultCap;
                await Task.Delay(hold, http.RequestAborted);
                await WriteErrorAsync(http, new AsterError(-1007, "Timeout waiting for response from backend server. Send status unknown; execution status unknown.", HttpStatusCode.ServiceUnavailable), limiter.UsedBy(ipKey));
                return true;
            case FaultKind.ServerError:
                await WriteErrorAsync(http, new AsterError(-1000, "An unknown error occurred while processing the request.", (HttpStatusCode)fault.Status), limiter.UsedBy(ipKey));
                return true;
            case FaultKind.RateLimitBurst:
                http.Response.Headers.RetryAfter = "1";
                await WriteErrorAsync(http, TooManyRequests(ipKey, limiter.LimitPerMinute), limiter.UsedBy(ipKey));
                return true;
            default:
                return false;
        }
    }

    private static async Task<AsterParameters> ReadParametersAsync(HttpContext http)
    {
        var query = http.Request.QueryString.Value ?? "";
        // GET takes its parameters from the query only (API.md §2); a GET body is ignored, not signed.
        if (HttpMethods.IsGet(http.Request.Method)) return new AsterParameters(query, "");
        if (http.Request.ContentLength > MaxBodyBytes) throw new AsterErrorException(BodyTooLarge);
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = new StringBuilder();
        var chunk = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int read;
            while ((read = await reader.ReadAsync(chunk.AsMemory(), http.RequestAborted)) > 0)
            {
                body.Append(chunk, 0, read);
                if (body.Length > MaxBodyBytes) throw new AsterErrorException(BodyTooLarge);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
        return new AsterParameters(query, body.ToString());
    }

    private static readonly AsterError BodyTooLarge = new(-1101, $"Too many parameters: the body exceeds {MaxBodyBytes} bytes.");

    private static AsterError TooManyRequests(string ip, int limit) =>
        new(-1003, $"Too many requests; current limit of IP({ip}) request weight is {limit} per MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.", HttpStatusCode.TooManyRequests);

    private static Task WriteRateLimitedAsync(HttpContext http, WeightLimiter.Outcome outcome, string ip, int limit)
    {
        http.Response.Headers.RetryAfter = outcome.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var error = outcome.Verdict == WeightLimiter.Verdict.Banned
            ? new AsterError(-1003, $"Way too many requests; IP({ip}) banned until {outcome.BannedUntil.ToUnixTimeMilliseconds()}. Please use WebSocket Streams for live updates to avoid bans.", (HttpStatusCode)418)
            : TooManyRequests(ip, limit);
        return WriteErrorAsync(http, error, outcome.UsedWeight);
    }

    private async Task WriteResultAsync(HttpContext http, AsterRoute route, AsterResult result, int usedWeight)
    {
        http.Response.StatusCode = result.Status;
        http.Response.Headers["X-MBX-USED-WEIGHT-1M"] = usedWeight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        result.Write(new AsterJsonWriter(json, idsAsStrings(route)));
        await json.FlushAsync(http.RequestAborted);
    }

    public static async Task WriteErrorAsync(HttpContext http, AsterError error, int usedWeight)
    {
        if (http.Response.HasStarted) return;
        http.Response.StatusCode = (int)error.Status;
        http.Response.Headers["X-MBX-USED-WEIGHT-1M"] = usedWeight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("code", error.Code);
        json.WriteString("msg", error.Message);
        json.WriteEndObject();
        await json.FlushAsync();
    }
}
