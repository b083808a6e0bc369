using System.Globalization;
using System.Text;
using AsterBot.Aster.Streams.Parsing;

namespace AsterBot.Aster.Tests.Streams;

public class WireDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.00010")]
    [InlineData("65001.30")]
    [InlineData("-1.166074")]
    [InlineData("122624.12345678")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("9999999999999999999")]             // 19 digits: the fast path's limit
    [InlineData("12345678901234567890.123")]        // longer: the general parser
    [InlineData("79228162514264337593543950335")]   // decimal.MaxValue
    [InlineData("0.0000000000000000000000000001")]  // 28 decimals
    [InlineData("1E-5")]
    public void Matches_decimal_parse_value_and_scale(string text)
    {
        Assert.True(WireDecimal.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        var expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(expected, value);
        Assert.Equal(expected.Scale, value.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("1 ")]
    [InlineData("79228162514264337593543950336")] // one above decimal.MaxValue
    public void Refuses_what_is_not_a_decimal(string text) =>
        Assert.False(WireDecimal.TryParse(Encoding.ASCII.GetBytes(text), out _));
}
