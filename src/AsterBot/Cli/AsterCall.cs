using System.CommandLine;
using System.Text.Json;
using AsterBot.Aster.Environments;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Chain.Crypto;

namespace AsterBot.Cli;

/// <summary>
/// Runs <c>aster call</c>: builds the client from options and environment, sends (or only prepares) the request,
/// prints the pretty JSON answer or the mapped error. Exit codes: 0 success, 1 exchange/transport error,
/// 2 bad input. Secrets are never printed; the API key is masked.
/// </summary>
public static class AsterCall
{
    public static async Task<int> RunAsync(ParseResult parseResult, string method, string path, string[] parameters, AsterCallOptions options,
        Func<string, string?> environment, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        PrivateKey? signerKey = null;
        try
        {
            var endpointOrProblem = BuildEndpoint(method, path);
            var parametersOrProblem = BuildParameters(parameters);
            var settings = ReadCredentials(parseResult, options, environment);
            var problem = endpointOrProblem.Problem ?? parametersOrProblem.Problem ?? settings.Problem;
            if (problem is null && parseResult.GetValue(options.Signed) && !settings.HasCredentials)
                problem = "--signed needs credentials: --api-key/--api-secret (V1) or --user/--signer/--signer-key (V3), or their ASTER_* environment variables.";
            if (problem is not null)
            {
                await error.WriteLineAsync("error: " + problem);
                return 2;
            }

            var clientOptions = new AsterClientOptions { Environment = ResolveEnvironment(parseResult, options) };
            if (settings.V1 is { } v1) clientOptions = clientOptions.WithV1Credentials(v1.Key, v1.Secret);
            if (settings.V3 is { } v3)
            {
                signerKey = PrivateKey.Parse(v3.Key);
                clientOptions = clientOptions.WithV3Credentials(EthAddress.Parse(v3.User), EthAddress.Parse(v3.Signer), signerKey);
            }
            using var client = new AsterClient(clientOptions);
            var market = parseResult.GetValue(options.Market);
            var channel = market == Market.Futures ? client.Futures.Channel : client.Spot.Channel;
            var endpoint = endpointOrProblem.Endpoint! with { Security = settings.HasCredentials ? EndpointSecurity.Signed : EndpointSecurity.None };

            if (parseResult.GetValue(options.DryRun))
            {
                var prepared = channel.Prepare(endpoint, parametersOrProblem.Parameters!.ToString());
                if (!prepared.IsSuccess) return await Fail(error, prepared.Error);
                if (settings.V1 is not null) await output.WriteLineAsync("# dry run: timestamp from the local clock (a real call first reads the server time)");
                await output.WriteLineAsync(prepared.Data.Describe());
                return 0;
            }

            var response = await channel.SendRawAsync(endpoint, parametersOrProblem.Parameters, ct);
            if (response.Error is { } failure) return await Fail(error, failure);
            await output.WriteLineAsync(Pretty(response.Body));
            return 0;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            // Credential parsers explain what is wrong without echoing the value.
            await error.WriteLineAsync("error: " + ex.Message);
            return 2;
        }
        finally
        {
            signerKey?.Dispose();
        }
    }

    private static async Task<int> Fail(TextWriter error, AsterError failure)
    {
        await error.WriteLineAsync($"error: {failure}");
        return 1;
    }

    private static AsterEnvironment ResolveEnvironment(ParseResult parseResult, AsterCallOptions options)
    {
        var network = AsterEnvironment.FromName(parseResult.GetValue(options.Network) ?? "mainnet");
        return parseResult.GetValue(options.BaseUrl) is { } baseUrl
            ? AsterEnvironment.Custom(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new ArgumentException($"--base-url '{baseUrl}' is not an absolute http(s) URL, e.g. http://127.0.0.1:5000."), signingChainId: network.SigningChainId)
            : network;
    }

    private static (Endpoint? Endpoint, string? Problem) BuildEndpoint(string method, string path)
    {
        HttpMethod? verb = method.ToUpperInvariant() switch
        {
            "GET" => HttpMethod.Get, "POST" => HttpMethod.Post, "PUT" => HttpMethod.Put, "DELETE" => HttpMethod.Delete, _ => null,
        };
        if (verb is null) return (null, $"METHOD '{method}' is not one of GET, POST, PUT, DELETE.");
        if (!path.StartsWith('/') || path.Contains('?')) return (null, $"PATH '{path}' must start with '/' and carry no query string: pass parameters as name=value.");
        return (new Endpoint(verb, path, path, EndpointSecurity.None, 1), null);
    }

    private static (RequestParameters? Parameters, string? Problem) BuildParameters(string[] pairs)
    {
        var parameters = new RequestParameters();
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=');
            if (at <= 0) return (null, $"'{pair}' is not a name=value parameter.");
            parameters.Add(pair[..at], pair[(at + 1)..]);
        }
        return (parameters, null);
    }

    private static CallCredentials ReadCredentials(ParseResult parseResult, AsterCallOptions options, Func<string, string?> environment)
    {
        string? Value(Option<string?> option, string variable) => NonEmpty(parseResult.GetValue(option)) ?? NonEmpty(environment(variable));
        var key = Value(options.ApiKey, "ASTER_API_KEY");
        var secret = Value(options.ApiSecret, "ASTER_API_SECRET");
        var user = Value(options.User, "ASTER_USER");
        var signer = Value(options.Signer, "ASTER_SIGNER");
        var signerKey = Value(options.SignerKey, "ASTER_SIGNER_KEY");
        var anyV1 = key is not null || secret is not null;
        var anyV3 = user is not null || signer is not null || signerKey is not null;
        if (anyV1 && anyV3) return CallCredentials.Invalid("both V1 (API key/secret) and V3 (user/signer/signer key) credentials are set: use one generation.");
        if (anyV1 && (key is null || secret is null)) return CallCredentials.Invalid("V1 needs both the API key and the API secret.");
        if (anyV3 && (user is null || signer is null || signerKey is null)) return CallCredentials.Invalid("V3 needs the user address, the signer address and the signer private key.");
        return new CallCredentials(anyV1 ? (key!, secret!) : null, anyV3 ? (user!, signer!, signerKey!) : null, null);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Pretty(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(document.RootElement, PrettyOptions);
        }
        catch (JsonException)
        {
            return System.Text.Encoding.UTF8.GetString(body);
        }
    }

    private static readonly JsonSerializerOptions PrettyOptions = new() { WriteIndented = true };

    private sealed record CallCredentials((string Key, string Secret)? V1, (string User, string Signer, string Key)? V3, string? Problem)
    {
        public bool HasCredentials => V1 is not null || V3 is not null;

        public static CallCredentials Invalid(string problem) => new(null, null, problem);

        // Never print secrets, even in a debugger's record display.
        public override string ToString() => $"CallCredentials(v1={V1 is not null}, v3={V3 is not null})";
    }
}
