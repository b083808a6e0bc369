using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsterBot.Chain.Crypto;

/// <summary>JSON form of an address: its EIP-55 text; reading applies the same checks as <see cref="EthAddress.Parse"/>.</summary>
public sealed class EthAddressJsonConverter : JsonConverter<EthAddress>
{
    public override EthAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException("An address must be a JSON string such as \"0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0\".");
        try
        {
            return EthAddress.Parse(reader.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, EthAddress value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
