using System.Text.Json;
using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Json;

/// <summary>Source-generated metadata for every REST response type (no reflection at parse time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(ServerTime))]
[JsonSerializable(typeof(FuturesExchangeInfo))]
[JsonSerializable(typeof(SpotExchangeInfo))]
[JsonSerializable(typeof(OrderBook))]
[JsonSerializable(typeof(IReadOnlyList<RecentTrade>))]
[JsonSerializable(typeof(IReadOnlyList<AggregateTrade>))]
[JsonSerializable(typeof(IReadOnlyList<Kline>))]
[JsonSerializable(typeof(PremiumIndex))]
[JsonSerializable(typeof(IReadOnlyList<PremiumIndex>))]
[JsonSerializable(typeof(IReadOnlyList<FundingRate>))]
[JsonSerializable(typeof(IReadOnlyList<FundingInfo>))]
[JsonSerializable(typeof(Ticker24h))]
[JsonSerializable(typeof(IReadOnlyList<Ticker24h>))]
[JsonSerializable(typeof(PriceTicker))]
[JsonSerializable(typeof(IReadOnlyList<PriceTicker>))]
[JsonSerializable(typeof(BookTicker))]
[JsonSerializable(typeof(IReadOnlyList<BookTicker>))]
[JsonSerializable(typeof(FuturesOrder))]
[JsonSerializable(typeof(IReadOnlyList<FuturesOrder>))]
[JsonSerializable(typeof(SpotOrder))]
[JsonSerializable(typeof(IReadOnlyList<SpotOrder>))]
[JsonSerializable(typeof(Acknowledgement))]
[JsonSerializable(typeof(CountdownCancelAll))]
[JsonSerializable(typeof(IReadOnlyList<FuturesUserTrade>))]
[JsonSerializable(typeof(IReadOnlyList<SpotUserTrade>))]
[JsonSerializable(typeof(IReadOnlyList<FuturesBalance>))]
[JsonSerializable(typeof(FuturesAccount))]
[JsonSerializable(typeof(IReadOnlyList<PositionRisk>))]
[JsonSerializable(typeof(LeverageChange))]
[JsonSerializable(typeof(PositionMarginResult))]
[JsonSerializable(typeof(IReadOnlyList<PositionMarginHistoryEntry>))]
[JsonSerializable(typeof(PositionModeSetting))]
[JsonSerializable(typeof(MultiAssetsModeSetting))]
[JsonSerializable(typeof(SymbolLeverageBrackets))]
[JsonSerializable(typeof(IReadOnlyList<SymbolLeverageBrackets>))]
[JsonSerializable(typeof(CommissionRate))]
[JsonSerializable(typeof(StpModeSetting))]
[JsonSerializable(typeof(IReadOnlyList<AdlQuantile>))]
[JsonSerializable(typeof(IReadOnlyList<IncomeEntry>))]
[JsonSerializable(typeof(ListenKey))]
[JsonSerializable(typeof(TransferResult))]
[JsonSerializable(typeof(SpotAccount))]
[JsonSerializable(typeof(IReadOnlyList<SpotTransaction>))]
[JsonSerializable(typeof(IReadOnlyList<AgentInfo>))]
[JsonSerializable(typeof(IReadOnlyList<BuilderApproval>))]
public sealed partial class AsterJsonContext : JsonSerializerContext;

/// <summary>
/// The two parsing modes. <see cref="Lenient"/> (production) ignores fields Aster adds; <see cref="Strict"/>
/// (tests) fails on any unmapped field or unknown enum name, so a model that drifts from the wire is caught.
/// Both read numbers sent as strings and booleans sent as "true".
/// </summary>
public static class AsterJson
{
    public static AsterJsonContext Lenient { get; } = Create(strict: false);

    public static AsterJsonContext Strict { get; } = Create(strict: true);

    private static AsterJsonContext Create(bool strict)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            UnmappedMemberHandling = strict ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,
            Converters =
            {
                new FlexibleBooleanConverter(),
                new OptionalDecimalConverter(),
                new WireEnumListConverter<OrderType>(strict),
                new WireEnumListConverter<TimeInForce>(strict),
                new WireEnumConverterFactory(),
            },
        };
        return new AsterJsonContext(options);
    }
}
