using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Tests;

/// <summary>Journal before send, lookup before retry, and restarts that never place an order twice.</summary>
public sealed class SafeSendingTests : IDisposable
{
    private readonly TradingFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task A_lost_answer_after_placing_is_looked_up_and_adopted_not_resent()
    {
        var flaky = new FlakyExchange(_f.Exchange) { LoseAfterPlacing = 1 };
        var trader = await _f.StartedTrader(exchange: flaky);
        await _f.Signal(trader, "a1", SignalAction.Long);

        Assert.Equal(1, flaky.PlaceCalls);
        Assert.Single(_f.AllOrders());
        Assert.Equal(0.02m, _f.Position()); // 10,000 × 0.1 × 2 ÷ 100,000
        Assert.Equal(OrderIntentState.Filled, (await _f.Journal.FindAsync("p1-sa1-o", default))!.State);
        Assert.Empty(_f.Events.Of(TradingEventKind.Error));
    }

    [Fact]
    public async Task An_order_the_exchange_never_saw_is_resent_with_the_same_id_once()
    {
        var flaky = new FlakyExchange(_f.Exchange) { LoseBeforePlacing = 1 };
        var trader = await _f.StartedTrader(exchange: flaky);
        await _f.Signal(trader, "a1", SignalAction.Long);

        Assert.Equal(2, flaky.PlaceCalls);
        var order = Assert.Single(_f.AllOrders());
        Assert.Equal("p1-sa1-o", order.ClientOrderId);
        Assert.Equal(0.02m, _f.Position());
    }

    [Fact]
    public async Task Retries_are_bounded_and_end_in_an_error_event()
    {
        var flaky = new FlakyExchange(_f.Exchange) { LoseBeforePlacing = 10 };
        var trader = await _f.StartedTrader(exchange: flaky);
        await _f.Signal(trader, "a1", SignalAction.Long);

        Assert.Equal(3, flaky.PlaceCalls);
        Assert.Empty(_f.AllOrders());
        Assert.Contains("reconciliation will settle it", Assert.Single(_f.Events.Of(TradingEventKind.Error)).Message);
        Assert.Equal(OrderIntentState.Unknown, (await _f.Journal.FindAsync("p1-sa1-o", default))!.State);
    }

    [Fact]
    public async Task A_restart_with_the_same_journal_settles_the_unknown_order_and_does_not_replace_it()
    {
        // Lookups fail too in the first run: the outcome stays unknown, as after a crash mid-request.
        var flaky = new FlakyExchange(_f.Exchange) { LoseAfterPlacing = 1, FailLookups = true };
        var first = await _f.StartedTrader(exchange: flaky);
        await _f.Signal(first, "a1", SignalAction.Long);
        Assert.Equal(OrderIntentState.Unknown, (await _f.Journal.FindAsync("p1-sa1-o", default))!.State);

        var restarted = await _f.StartedTrader(); // same journal, same account
        Assert.Equal(OrderIntentState.Filled, (await _f.Journal.FindAsync("p1-sa1-o", default))!.State);
        Assert.Equal(0.02m, restarted.Status.Position.Quantity);

        // The same decision replayed (e.g. the signal delivered again) places nothing new.
        await _f.Signal(restarted, "a1", SignalAction.Long);
        Assert.Single(_f.AllOrders());
    }

    [Fact]
    public async Task Journal_entries_are_recorded_before_sending()
    {
        var states = new List<OrderIntentState?>();
        var spy = new FlakyExchange(_f.Exchange);
        spy.BeforePlace = order => states.Add(_f.Journal.FindAsync(order.ClientOrderId, default).Result?.State);
        var trader = await _f.StartedTrader(exchange: spy);
        await _f.Signal(trader, "a1", SignalAction.Long);
        Assert.Equal([OrderIntentState.Sent], states);
    }

    [Fact]
    public void Client_ids_are_deterministic_valid_and_hashed_when_too_long()
    {
        Assert.Equal("p1-x1700000000000-o", ClientOrderIds.For("p1", "x1700000000000", "o"));
        var hashed = ClientOrderIds.For("p1", "a signal id with spaces and much too long for Aster", "o");
        Assert.Equal(hashed, ClientOrderIds.For("p1", "a signal id with spaces and much too long for Aster", "o"));
        Assert.NotEqual(hashed, ClientOrderIds.For("p1", "a signal id with spaces and much too long for Aster", "c"));
        Assert.True(AsterBot.Aster.Rest.Requests.ClientOrderId.IsValid(hashed));
        Assert.StartsWith("p1-h", hashed);
        Assert.Equal(36, hashed.Length);
        Assert.True(ClientOrderIds.BelongsTo(hashed, "p1"));
        Assert.False(ClientOrderIds.BelongsTo(hashed, "p"));
        Assert.Contains("letters and digits", ClientOrderIds.CheckPairKey("p-1"));
    }
}
