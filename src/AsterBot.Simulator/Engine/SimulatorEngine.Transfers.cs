using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Futures;
using FuturesAccount = AsterBot.Simulator.Engine.Futures.FuturesAccount;
using AsterBot.Simulator.Engine.Spot;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine;

/// <summary>Transfers between an account's spot and futures wallets (POST /fapi|api/v1/asset/wallet/transfer).</summary>
public sealed partial class SimulatorEngine
{
    public EngineResult<TransferView> Transfer(long accountId, string asset, decimal amount, TransferDirection direction, string clientTranId)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (string.IsNullOrEmpty(asset)) return AsterErrors.MandatoryParameter("asset");
            if (string.IsNullOrEmpty(clientTranId)) return AsterErrors.MandatoryParameter("clientTranId");
            if (clientTranId.Length >= 64) return AsterErrors.InvalidClientTranId;
            if (account.TransferIds.Contains(clientTranId)) return AsterErrors.DuplicatedClientTranId;
            if (amount <= 0) return AsterErrors.AmountMustBePositive;
            var fa = account.Futures;
            var sa = account.Spot;
            var toSpot = direction == TransferDirection.FutureSpot;
            var futuresAvailable = asset == FuturesAccount.MarginAsset ? fa.MaxWithdrawAmount : fa.OtherAssets.GetValueOrDefault(asset);
            if (toSpot ? futuresAvailable < amount : sa.Free(asset) < amount) return AsterErrors.BalanceInsufficient;

            var futuresDelta = toSpot ? -amount : amount;
            if (asset == FuturesAccount.MarginAsset) fa.CrossWallet += futuresDelta;
            else fa.OtherAssets[asset] = fa.OtherAssets.GetValueOrDefault(asset) + futuresDelta;
            sa.Of(asset).Free -= futuresDelta;
            account.TransferIds.Add(clientTranId);
            var tranId = _state.NextTranId++;
            fa.Income.Add(new IncomeView("", "TRANSFER", futuresDelta, asset, "TRANSFER", _state.Now, tranId, null));
            sa.Transactions.Add(new SpotTransactionView(tranId, null, asset, "", -futuresDelta,
                toSpot ? "TRANSFER_FUTURE_TO_SPOT" : "TRANSFER_SPOT_TO_FUTURE", _state.Now));
            fa.UpdateTime = sa.UpdateTime = _state.Now;
            if (_state.Publishing)
            {
                Events.Publish(new FuturesAccountUpdate(_state.Now, fa.Id, "ASSET_TRANSFER",
                    [FuturesBalance(fa, asset, futuresDelta)], []));
                Events.Publish(new SpotAccountUpdate(_state.Now, sa.Id, "ASSET_TRANSFER", [SpotTrading.SpotBalance(sa, asset)]));
            }
            return new TransferView(tranId, "SUCCESS");
        }
    }

    private static FuturesBalanceChange FuturesBalance(FuturesAccount fa, string asset, decimal change) =>
        asset == FuturesAccount.MarginAsset
            ? FuturesViews.Balance(fa, change)
            : new FuturesBalanceChange(asset, fa.OtherAssets.GetValueOrDefault(asset), fa.OtherAssets.GetValueOrDefault(asset), change);
}
