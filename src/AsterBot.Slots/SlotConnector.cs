using AsterBot.Aster.Rest;

namespace AsterBot.Slots;

/// <summary>
/// Builds Aster clients for slots. <see cref="Http"/> lets the host (or a test) share one HttpClient — e.g. one that
/// adds X-Forwarded-For in front of the simulator.
/// </summary>
public sealed record SlotConnector
{
    public TimeProvider Time { get; init; } = TimeProvider.System;
    public HttpClient? Http { get; init; }
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public SlotClient Connect(SlotSettings settings, SlotCredentials? credentials)
    {
        var owned = new List<IDisposable>();
        var options = new AsterClientOptions
        {
            Environment = SlotNetwork.Environment(settings.Network),
            Time = Time,
            HttpClient = Http,
            RequestTimeout = RequestTimeout,
        };
        if (credentials is not null) options = credentials.Apply(options, owned);
        var client = new AsterClient(options);
        owned.Add(client);
        return new SlotClient(client, owned);
    }
}

/// <summary>A client and what it borrows (a V3 signing key); disposing releases both.</summary>
public sealed class SlotClient(AsterClient client, IReadOnlyList<IDisposable> owned) : IDisposable
{
    public AsterClient Client { get; } = client;

    public void Dispose()
    {
        foreach (var item in owned) item.Dispose();
    }
}
