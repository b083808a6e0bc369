using System.Globalization;
using System.Net;
using AsterBot.Slots;
using AsterBot.Storage;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Configured live trading: the configured slots are looked up by label among the stored slots, every active slot is
/// connection-tested at start (a failing slot does not trade and the view says why), and each pair gets an
/// <see cref="AsterExchange"/> on its slot's account with the order journal in the store. The pairs of a slot share
/// one user-data stream (<see cref="AccountUpdateStream"/>): one listen key and one socket per account.
/// </summary>
public static class LiveSetup
{
    public const string EgressVariable = "ASTERBOT_EGRESS_IPS";

    public static async Task<RunSession> StartAsync(RunSettings settings, AsterStore store, OwnerId owner, ITradingEventSink events, CancellationToken ct)
    {
        var service = new ApiSlotService(store, new SlotConnector(), new ConnectionTestOptions { EgressIps = EgressIps() });
        var tested = await service.TestActiveAsync(owner, ct);
        var owned = new List<object>();
        var slots = new List<TradingSlot>();
        var streams = new List<(string Slot, AccountUpdateStream Stream)>();
        var description = new List<string> { "Live: real orders on Aster with the stored slots' keys." };
        try
        {
            foreach (var configured in settings.Slots)
            {
                var result = tested.Where(r => string.Equals(r.Slot.Label, configured.Label, StringComparison.OrdinalIgnoreCase))
                    .Select(r => (r.Slot, r.Report)).FirstOrDefault();
                if (result.Slot is null)
                {
                    slots.Add(TradingSlot.Refused(configured.Label,
                        $"no active slot with keys is labelled '{configured.Label}' (`asterbot slots list`; archived slots and slots without keys do not trade)"));
                    continue;
                }
                if (!result.Report.Passed)
                {
                    slots.Add(TradingSlot.Refused(configured.Label, $"the connection test failed: {result.Report.Summary}"));
                    continue;
                }
                var market = result.Slot.Settings.Exchange.Market();
                if (configured.Pairs.FirstOrDefault(p => p.Market != market) is { } wrong)
                    throw new RunConfigException($"Pair {wrong.Key} trades {wrong.Market} but slot '{configured.Label}' is {result.Slot.Settings.Exchange.DisplayName()}: set its Market to {market.ToString().ToLowerInvariant()}.");
                var client = await service.ConnectAsync(owner, result.Slot, ct);
                owned.Add(client);
                var journal = new StoreOrderJournal(store.OrderIntents, owner, result.Slot.Id, market);
                var guards = new RiskGuards(configured.Risk);
                var pairs = new List<RuntimePair>();
                var stream = new AccountUpdateStream(client.Client, market);
                owned.Add(stream);
                await stream.StartAsync(ct);
                streams.Add((configured.Label, stream));
                foreach (var pair in configured.Pairs)
                {
                    var exchange = new AsterExchange(stream);
                    owned.Add(exchange);
                    pairs.Add(PairFactory.Create(pair, exchange, journal, guards, events));
                }
                slots.Add(new TradingSlot(configured.Label, TimeSpan.FromSeconds((double)result.Slot.Settings.ProcessingDelaySeconds), pairs) { Guards = guards });
                description.Add($"Slot {configured.Label} ({result.Slot.Settings.Exchange.DisplayName()}, {result.Slot.Settings.Network}, key {result.Slot.MaskedSecret}): pairs {string.Join(", ", pairs.Select(p => p.Label))}; " +
                    $"{result.Slot.Settings.ProcessingDelaySeconds.ToString(CultureInfo.InvariantCulture)} s between pairs.");
            }
        }
        catch
        {
            await new RunSession([], [], owned).DisposeAsync();
            throw;
        }
        return new RunSession(slots, description, owned)
        {
            // A reconnected user-data stream may have lost fills: the slot compares its pairs with the exchange.
            OnHost = host =>
            {
                foreach (var (slot, stream) in streams)
                    stream.EventsMayHaveBeenMissed += () => host.RequestReconcile(slot, "the user-data stream reconnected");
            },
        };
    }

    private static IReadOnlyList<IPAddress> EgressIps() =>
        (Environment.GetEnvironmentVariable(EgressVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ip => IPAddress.TryParse(ip, out var address) ? address : throw new RunConfigException($"{EgressVariable}: '{ip}' is not an IP address."))
            .ToList();
}
