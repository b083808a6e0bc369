using System.Text;
using AsterBot.Aster.Auth;
using AsterBot.Testing;

namespace AsterBot.Aster.Tests.Auth;

public class HmacSignerTests
{
    // Aster's published examples (API.md §2), checked independently with openssl.
    [Theory]
    [InlineData("2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9",
        "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943",
        "3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9")]
    [InlineData("fdde510a2b71fa43a43bff3e3cf7819c8c66df34633d338050f4f59664b3b313",
        "symbol=BNBUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=5&price=1.1&recvWindow=5000&timestamp=1756187806000",
        "e09169bf6c02ec4b29fa1bdc3a967f92c8c6cfcde0551ba1d477b2d3cf4c51b0")]
    // Mixed query + body: plain concatenation, no separator (computed per the documented rule).
    [InlineData("2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9",
        "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp=1591702613943",
        "30baaf0fab549bbeda7f5ef201898b34122da25fd23c646cac2c529aebe670a4")]
    public void Signature_matches_published_vectors(string secret, string total, string expected) =>
        Assert.Equal(expected, HmacSigner.Signature(Encoding.ASCII.GetBytes(secret), total));

    [Fact]
    public void Sign_appends_window_and_server_timestamp_then_signature_last()
    {
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1591702613000));
        var clock = new ServerClock(time) { Offset = TimeSpan.FromMilliseconds(943) };
        var signer = new HmacSigner(
            "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83",
            "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9", clock);

        var wire = signer.Sign("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC");

        Assert.Equal("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943"
                     + "&signature=3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9", wire);
        Assert.Equal("dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83", signer.ApiKeyHeader);
    }

    [Theory]
    [InlineData("short", "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9", "API key is malformed")]
    [InlineData("dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83", "zz5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9", "API secret is malformed")]
    public void Malformed_credentials_are_refused_without_echoing_them(string key, string secret, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => new HmacSigner(key, secret, new ServerClock(TimeProvider.System)));
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain(secret, ex.Message);
    }
}
