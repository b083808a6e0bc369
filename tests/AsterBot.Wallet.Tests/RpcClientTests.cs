using AsterBot.Chain.Rpc;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;

namespace AsterBot.Wallet.Tests;

/// <summary>Every read method of the RPC client against a real node (anvil as BNB Smart Chain).</summary>
public sealed class RpcClientTests
{
    [Fact]
    public async Task Reads_blocks_transactions_receipts_and_balances_exactly()
    {
        await using var anvil = await AnvilNode.StartAsync();
        var rpc = anvil.Client();
        var to = AddressText.Parse(AnvilNode.DevAccounts[3], "to");
        var before = await rpc.GetBalanceAsync(to);
        var wei = Wei.FromBnb(1.000000000000000123m);

        var hash = await anvil.SendAsync(AnvilNode.DevAccounts[2], AnvilNode.DevAccounts[3], wei);

        Assert.Equal(56UL, await rpc.GetChainIdAsync());
        var head = await rpc.GetBlockNumberAsync();
        var block = (await rpc.GetBlockAsync(head))!;
        var tx = Assert.Single(block.Transactions);
        Assert.Equal(hash, tx.Hash);
        Assert.Equal(AddressText.Parse(AnvilNode.DevAccounts[2], "from"), tx.From);
        Assert.Equal(to, tx.To);
        Assert.Equal(wei, tx.ValueWei);
        Assert.Equal(head, tx.BlockNumber);
        Assert.Equal((await rpc.GetBlockAsync(head - 1))!.Hash, block.ParentHash);

        Assert.Equal(tx, await rpc.GetTransactionAsync(hash));
        var receipt = (await rpc.GetReceiptAsync(hash))!;
        Assert.True(receipt.Succeeded);
        Assert.Equal(block.Hash, receipt.BlockHash);
        Assert.Equal(before + wei, await rpc.GetBalanceAsync(to));

        Assert.Null(await rpc.GetBlockAsync(head + 100));
        Assert.Null(await rpc.GetTransactionAsync("0x" + new string('1', 64)));
        Assert.Null(await rpc.GetReceiptAsync("0x" + new string('1', 64)));
    }

    [Fact]
    public async Task Operator_listing_shows_each_deposit_address_with_its_balance_and_path()
    {
        await using var h = await WalletHarness.StartAsync();
        var a = await h.StartSessionAsync(1, "tg:1");
        var b = await h.StartSessionAsync(2, "tg:2");
        await h.PayAsync(1, a, Wei.FromBnb(0.0001m));
        await h.PayAsync(2, b, Wei.FromBnb(0.25m));

        var rows = await new DepositAddressLister(h.Store, h.Source, h.Rpc).ListAsync(default);

        Assert.Equal([0.0001m, 0.25m], rows.Select(r => r.BalanceBnb));
        Assert.Equal(["tg:1", "tg:2"], rows.Select(r => r.Deposit.OwnerId));
        Assert.Equal("m/44'/60'/1'/0/1", rows[1].DerivationPath); // the test xpub is account 1'
    }
}
