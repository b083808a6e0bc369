using System.Globalization;
using AsterBot.Chain.Crypto;
using AsterBot.Chain.Eip712;

namespace AsterBot.Aster.Auth;

/// <summary>Destination networks of an EVM withdrawal; the value is the EVM chain id used as the EIP-712 domain chain id.</summary>
public enum WithdrawChain : long { Eth = 1, Bsc = 56, Arbitrum = 42161 }

/// <summary>
/// The main wallet's <c>userSignature</c> for a withdrawal: EIP-712 primary type <c>Action</c> under the domain
/// "Aster" / "1" / destination chain id / zero address. Field names contain spaces ("destination Chain",
/// "aster chain") exactly as Aster defines them. <see cref="Nonce"/> is milliseconds × 1000.
/// </summary>
public sealed record WithdrawAction(EthAddress Destination, WithdrawChain Chain, string Token, decimal Amount, decimal Fee, long Nonce)
{
    public const string DomainName = "Aster";
    public const string AsterChain = "Mainnet";

    public static readonly Eip712Types Types = Eip712Types.Of(("Action",
    [
        new("type", "string"), new("destination", "address"), new("destination Chain", "string"), new("token", "string"),
        new("amount", "string"), new("fee", "string"), new("nonce", "uint256"), new("aster chain", "string"),
    ]));

    /// <summary>"ETH", "BSC" or "Arbitrum", as Aster names the destination chain.</summary>
    public string ChainName => Chain switch
    {
        WithdrawChain.Eth => "ETH",
        WithdrawChain.Bsc => "BSC",
        WithdrawChain.Arbitrum => "Arbitrum",
        _ => throw new ArgumentOutOfRangeException(nameof(Chain), Chain, "Aster withdraws to ETH, BSC or Arbitrum."),
    };

    /// <summary>The amount exactly as signed; send this same text as the request's amount.</summary>
    public string AmountText => Amount.ToString(CultureInfo.InvariantCulture);

    public string FeeText => Fee.ToString(CultureInfo.InvariantCulture);

    public Eip712Domain Domain => new(DomainName, "1", (long)Chain, EthAddress.Zero);

    public byte[] Digest() => TypedData.Digest(Domain, Types, "Action", new Dictionary<string, object?>
    {
        ["type"] = "Withdraw",
        ["destination"] = Destination,
        ["destination Chain"] = ChainName,
        ["token"] = Token,
        ["amount"] = AmountText,
        ["fee"] = FeeText,
        ["nonce"] = Nonce,
        ["aster chain"] = AsterChain,
    });
}
