using System.Text;
using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Tests.Crypto;

public class PersonalMessageTests
{
    [Fact]
    public void Hash_matches_the_personal_sign_digest_of_a_text()
    {
        // keccak256("\x19Ethereum Signed Message:\n13Hello, world!"), as eth_account and ethers compute it.
        Assert.Equal("b453bd4e271eed985cbab8231da609c4ce0a9cf1f763b6c1594e76315510e0f1",
            Convert.ToHexStringLower(PersonalMessage.Hash(Encoding.UTF8.GetBytes("Hello, world!"))));
    }
}
