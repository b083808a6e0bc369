using AsterBot.Chain.Rpc;
using AsterBot.Wallet.Storage;

namespace AsterBot.Wallet;

/// <summary>An issued deposit address with its current balance, and the derivation path its private key sits at.</summary>
public sealed record DepositAddressBalance(DepositAddress Deposit, string DerivationPath, decimal BalanceBnb);

/// <summary>
/// The operator's view of the deposit addresses: which exist, who they belong to and what they hold, so the
/// verification transfers can be swept with the operator's offline key (the server never has it).
/// </summary>
public sealed class DepositAddressLister(IWalletStore store, IDepositAddressSource source, EvmRpcClient rpc)
{
    public async Task<IReadOnlyList<DepositAddressBalance>> ListAsync(CancellationToken ct)
    {
        var issued = await store.ListDepositAddressesAsync(source.SourceId, 0, ct);
        var rows = new List<DepositAddressBalance>(issued.Count);
        foreach (var deposit in issued)
            rows.Add(new DepositAddressBalance(deposit, source.DerivationPath(deposit.Index), Wei.ToBnb(await rpc.GetBalanceAsync(deposit.Address, ct))));
        return rows;
    }
}
