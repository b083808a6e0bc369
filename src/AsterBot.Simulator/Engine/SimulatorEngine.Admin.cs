using AsterBot.Simulator.Engine.Accounts;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Futures;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Spot;
using AsterBot.Simulator.Engine.Views;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Engine;

/// <summary>Administration of the simulator (the server's /sim/... endpoints): accounts, balances, prices, state.</summary>
public sealed partial class SimulatorEngine
{
    public EngineResult<AccountView> CreateAccount(AccountSpec spec)
    {
        lock (_gate)
        {
            Begin();
            var id = spec.Id != 0 ? spec.Id : _state.NextAccountId;
            if (id < 1) return AsterErrors.Admin("Account ids are positive: 0 and below name the market and the insurance fund.");
            if (_state.Accounts.ContainsKey(id)) return AsterErrors.Admin($"Account {id} already exists; choose another id or omit it.");
            foreach (var balance in spec.FuturesBalances.Concat(spec.SpotBalances))
                if (BadBalance(balance.Value) is { } bad) return bad;
            var o = _state.Options;
            var futures = new FuturesAccount(id, _state.FuturesMarkets.Count, spec.FuturesMakerRate ?? o.FuturesMakerRate, spec.FuturesTakerRate ?? o.FuturesTakerRate);
            var spot = new SpotAccount(id, spec.SpotMakerRate ?? o.SpotMakerRate, spec.SpotTakerRate ?? o.SpotTakerRate);
            var account = new Account(id, spec.WalletAddress, futures, spot);
            _state.Accounts[id] = account;
            _state.AccountList.Add(account);
            _state.NextAccountId = Math.Max(_state.NextAccountId, id + 1);
            foreach (var (asset, amount) in spec.FuturesBalances) SetFutures(futures, asset, amount);
            foreach (var (asset, amount) in spec.SpotBalances) spot.Of(asset).Free = amount;
            return new AccountView(id, spec.WalletAddress);
        }
    }

    /// <summary>The account of a wallet address (case-insensitive, as EVM addresses are).</summary>
    public AccountView? FindAccountByWallet(string walletAddress)
    {
        lock (_gate)
        {
            var account = _state.AccountList.Find(a => string.Equals(a.WalletAddress, walletAddress, StringComparison.OrdinalIgnoreCase));
            return account is null ? null : new AccountView(account.Id, account.WalletAddress);
        }
    }

    public IReadOnlyList<AccountView> GetAccounts()
    {
        lock (_gate) return _state.AccountList.ConvertAll(a => new AccountView(a.Id, a.WalletAddress));
    }

    /// <summary>Sets a futures wallet balance (USDT = the cross wallet), like an admin deposit or withdrawal.</summary>
    public EngineResult<decimal> SetFuturesBalance(long accountId, string asset, decimal amount)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (BadBalance(amount) is { } bad) return bad;
            var change = SetFutures(account.Futures, asset, amount);
            if (_state.Publishing)
                Events.Publish(new FuturesAccountUpdate(_state.Now, accountId, change >= 0 ? "ADMIN_DEPOSIT" : "ADMIN_WITHDRAW",
                    [FuturesBalance(account.Futures, asset, change)], []));
            return amount;
        }
    }

    /// <summary>Balances stay far from decimal's limits so that no later arithmetic can overflow.</summary>
    private const decimal MaxBalance = 1_000_000_000_000_000m;

    private static EngineError? BadBalance(decimal amount) =>
        amount is < 0 or > MaxBalance ? AsterErrors.Admin($"A balance must be between 0 and {MaxBalance}; got {amount}.") : null;

    private static EngineError? BadPrice(MarketState m, decimal price) =>
        price <= 0 || (m.Spec.MaxPrice > 0 && price > m.Spec.MaxPrice)
            ? AsterErrors.Admin($"A {m.Symbol} price must be above 0 and at most its maxPrice {m.Spec.MaxPrice}; got {price}.")
            : null;

    private static decimal SetFutures(FuturesAccount fa, string asset, decimal amount)
    {
        decimal before;
        if (asset == FuturesAccount.MarginAsset) { before = fa.CrossWallet; fa.CrossWallet = amount; }
        else { before = fa.OtherAssets.GetValueOrDefault(asset); fa.OtherAssets[asset] = amount; }
        return amount - before;
    }

    /// <summary>Sets a spot asset's free balance (locked amounts stay with their orders).</summary>
    public EngineResult<decimal> SetSpotBalance(long accountId, string asset, decimal free)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (BadBalance(free) is { } bad) return bad;
            account.Spot.Of(asset).Free = free;
            if (_state.Publishing)
                Events.Publish(new SpotAccountUpdate(_state.Now, accountId, "ADMIN_DEPOSIT", [SpotTrading.SpotBalance(account.Spot, asset)]));
            return free;
        }
    }

    /// <summary>Moves a market to a price (rounded down to the tick): re-centres liquidity, fills crossed orders, fires triggers.</summary>
    public EngineResult<decimal> SetPrice(AsterMarket market, string symbol, decimal price)
    {
        lock (_gate)
        {
            Begin();
            if (_state.Market(market, symbol ?? "") is not { } m) return AsterErrors.InvalidSymbol;
            if (BadPrice(m, price) is { } bad) return bad;
            _mover.Move(m, price);
            return m.LastPrice;
        }
    }

    /// <summary>Replays a candle: open, then the extreme nearer the open, the other extreme, then close.</summary>
    public EngineResult<decimal> ApplyCandle(AsterMarket market, string symbol, decimal open, decimal high, decimal low, decimal close)
    {
        lock (_gate)
        {
            Begin();
            if (_state.Market(market, symbol ?? "") is not { } m) return AsterErrors.InvalidSymbol;
            if (low <= 0 || high < low || open < low || open > high || close < low || close > high)
                return AsterErrors.Admin("A candle needs 0 < low ≤ open, close ≤ high.");
            if (BadPrice(m, high) is { } bad) return bad;
            _mover.MoveAlong(m, open, high, low, close);
            return m.LastPrice;
        }
    }

    /// <summary>Sets a futures symbol's mark price alone (the index and book stay).</summary>
    public EngineResult<decimal> SetMarkPrice(string symbol, decimal markPrice)
    {
        lock (_gate)
        {
            Begin();
            if (!_state.FuturesBySymbol.TryGetValue(symbol ?? "", out var m)) return AsterErrors.InvalidSymbol;
            if (BadPrice(m, markPrice) is { } bad) return bad;
            _mover.SetMark(m, markPrice);
            return markPrice;
        }
    }

    /// <summary>Fixes the funding rate charged at the next funding times; null returns to the premium formula.</summary>
    public EngineResult<decimal> SetFundingRate(string symbol, decimal? rate)
    {
        lock (_gate)
        {
            Begin();
            if (!_state.FuturesBySymbol.TryGetValue(symbol ?? "", out var m)) return AsterErrors.InvalidSymbol;
            if (rate is { } r0 && Math.Abs(r0) > _state.Options.FundingRateCap)
                return AsterErrors.Admin($"A funding rate must be within ±{_state.Options.FundingRateCap}; got {r0}.");
            m.FundingRateOverride = rate;
            if (rate is { } r) m.FundingRate = r;
            return m.FundingRate;
        }
    }

    /// <summary>The whole state for /sim/state.</summary>
    public EngineSnapshot Snapshot()
    {
        lock (_gate)
        {
            Begin();
            var markets = new List<MarketSnapshot>();
            foreach (var m in _state.FuturesMarkets.Concat(_state.SpotMarkets))
            {
                var bid = Levels(m, true, 1);
                var ask = Levels(m, false, 1);
                var resting = 0;
                for (var i = 0; i < m.Book.Bids.LevelCount; i++) for (var o = m.Book.Bids.LevelFromBest(i).Head; o is not null; o = o.Next) resting++;
                for (var i = 0; i < m.Book.Asks.LevelCount; i++) for (var o = m.Book.Asks.LevelFromBest(i).Head; o is not null; o = o.Next) resting++;
                markets.Add(new MarketSnapshot(m.Spec.Market, m.Symbol, m.LastPrice, m.IndexPrice, m.MarkPrice, m.FundingRate,
                    bid.Count > 0 ? bid[0].Price : 0, ask.Count > 0 ? ask[0].Price : 0, resting, m.Book.UpdateId));
            }
            var accounts = _state.AccountList.ConvertAll(a =>
            {
                var open = a.Futures.OpenOrders.ConvertAll(o => o.ToView());
                open.Sort((x, y) => x.OrderId.CompareTo(y.OrderId));
                var openSpot = a.Spot.OpenOrders.ConvertAll(o => o.ToView());
                openSpot.Sort((x, y) => x.OrderId.CompareTo(y.OrderId));
                var positions = a.Futures.ActivePositions.ConvertAll(p => FuturesViews.Position(a.Futures, p));
                return new AccountSnapshot(a.Id, a.WalletAddress, FuturesViews.Account(a.Futures, positions, _state.Now),
                    SpotView(a.Spot), open, openSpot);
            });
            return new EngineSnapshot(_state.Now, _state.NextFundingTime, markets, accounts, _state.InsuranceFund);
        }
    }
}
