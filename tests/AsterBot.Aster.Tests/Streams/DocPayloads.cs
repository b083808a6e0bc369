namespace AsterBot.Aster.Tests.Streams;

/// <summary>
/// Aster's documented stream payloads (API.md §7, copied verbatim). Where the docs list only the keys
/// (tickers, trade, executionReport), the values are filled in here and say so.
/// </summary>
internal static class DocPayloads
{
    public const string FuturesAggTrade = """{"e":"aggTrade","E":123456789,"s":"BTCUSDT","a":5933014,"p":"0.001","q":"100","f":100,"l":105,"T":123456785,"m":true}""";

    public const string MarkPrice = """{"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15000000","i":"11784.62659091","P":"11784.25641265","r":"0.00038167","T":1562306400000}""";

    public const string Kline = """{"e":"kline","E":123456789,"s":"BTCUSDT","k":{"t":123400000,"T":123460000,"s":"BTCUSDT","i":"1m","f":100,"L":200,"o":"0.0010","c":"0.0020","h":"0.0025","l":"0.0015","v":"1000","n":100,"x":false,"q":"1.0000","V":"500","Q":"0.500","B":"123456"}}""";

    // Keys as documented; values filled in.
    public const string MiniTicker = """{"e":"24hrMiniTicker","E":123456789,"s":"BTCUSDT","c":"0.0025","o":"0.0010","h":"0.0025","l":"0.0010","v":"10000","q":"18"}""";

    // Keys as documented; values filled in.
    public const string Ticker = """{"e":"24hrTicker","E":123456789,"s":"BTCUSDT","p":"0.0015","P":"250.00","w":"0.0018","c":"0.0025","Q":"10","o":"0.0010","h":"0.0025","l":"0.0010","v":"10000","q":"18","O":0,"C":86400000,"F":0,"L":18150,"n":18151}""";

    public const string FuturesBookTicker = """{"e":"bookTicker","u":400900217,"E":1568014460893,"T":1568014460891,"s":"BNBUSDT","b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66000000"}""";

    public const string ForceOrder = """{"e":"forceOrder","E":1568014460893,"o":{"s":"BTCUSDT","S":"SELL","o":"LIMIT","f":"IOC","q":"0.014","p":"9910","ap":"9910","X":"FILLED","l":"0.014","z":"0.014","T":1568014460893}}""";

    public const string DepthUpdate = """{"e":"depthUpdate","E":123456789,"T":123456788,"s":"BTCUSDT","U":157,"u":160,"pu":149,"b":[["0.0024","10"]],"a":[["0.0026","100"]]}""";

    public const string TradePro = """{"e":"tradepro","E":1773751963081,"T":1773751963079,"s":"BTCUSDT","t":128884613,"p":"73685.5","q":"0.297","h":"0X00…00","m":["hidden","hidden"]}""";

    public const string SpotAggTrade = """{"e":"aggTrade","E":123456789,"s":"BNBBTC","a":12345,"p":"0.001","q":"100","f":100,"l":105,"T":123456785,"m":true,"M":true}""";

    // Keys as documented; values filled in.
    public const string SpotTrade = """{"e":"trade","E":123456789,"s":"BNBBTC","t":12345,"p":"0.00100","q":"100.50","T":123456785,"m":false}""";

    public const string SpotBookTicker = """{"u":400900217,"s":"BNBUSDT","b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66000000"}""";

    // Spot partial book: keys "bids"/"asks" and lastUpdateId, no symbol (values as in the Binance-spot docs Aster clones).
    public const string SpotPartialDepth = """{"lastUpdateId":160,"bids":[["0.0024","10"]],"asks":[["0.0026","100"],["0.0027","5.50"]]}""";

    public const string ListenKeyExpired = """{"e":"listenKeyExpired","E":1576653824250}""";

    public const string MarginCall = """{"e":"MARGIN_CALL","E":1587727187525,"cw":"3.16812045","p":[{"s":"ETHUSDT","ps":"LONG","pa":"1.327","mt":"CROSSED","iw":"0","mp":"187.17127","up":"-1.166074","mm":"1.614445"}]}""";

    public const string AccountUpdate = """{"e":"ACCOUNT_UPDATE","E":1564745798939,"T":1564745798938,"a":{"m":"ORDER","B":[{"a":"USDT","wb":"122624.12345678","cw":"100.12345678","bc":"50.12345678"}],"P":[{"s":"BTCUSDT","pa":"0","ep":"0.00000","cr":"200","up":"0","mt":"isolated","iw":"0.00000000","ps":"BOTH"}]}}""";

    public const string OrderTradeUpdate = """{"e":"ORDER_TRADE_UPDATE","E":1568879465651,"T":1568879465650,"o":{"s":"BTCUSDT","c":"TEST","S":"SELL","o":"TRAILING_STOP_MARKET","f":"GTC","q":"0.001","p":"0","ap":"0","sp":"7103.04","x":"NEW","X":"NEW","i":8886774,"l":"0","z":"0","L":"0","N":"USDT","n":"0","T":1568879465651,"t":0,"b":"0","a":"9.91","m":false,"R":false,"wt":"CONTRACT_PRICE","ot":"TRAILING_STOP_MARKET","ps":"LONG","cp":false,"AP":"7476.89","cr":"5.0","rp":"0"}}""";

    public const string AccountConfigLeverage = """{"e":"ACCOUNT_CONFIG_UPDATE","E":1611646737479,"T":1611646737476,"ac":{"s":"BTCUSDT","l":25}}""";

    public const string AccountConfigInfo = """{"e":"ACCOUNT_CONFIG_UPDATE","E":1611646737479,"T":1611646737476,"ai":{"j":true,"f":true,"d":true}}""";

    public const string Announcement = """{"e":"announcement","en":{"i":161,"t":"New listing","s":"…","c":"NEW_LISTING","d":1,"S":false,"j":"x","C":"<p>…</p>"},"zh":{"i":161}}""";

    public const string OutboundAccountPosition = """{"B":[{"a":"SLP25","f":"10282.42029415","l":"653.00000001"}],"e":"outboundAccountPosition","T":1649926447190,"E":1649926447205,"m":"WITHDRAW"}""";

    // Keys as documented; values filled in (ids as strings, as real V3 payloads send them).
    public const string ExecutionReport = """{"s":"ETHUSDT","c":"myOrder1","S":"BUY","o":"LIMIT","f":"GTC","q":"0.0050","p":"1000.00","ap":"999.50","P":"0","x":"TRADE","X":"PARTIALLY_FILLED","i":"456715590","l":"0.0020","z":"0.0020","L":"999.50","n":"0.00000140","N":"ETH","T":1781082640220,"t":"77","m":true,"ot":"LIMIT","O":1781082640000,"Z":"1.99900","Y":"1.99900","Q":"0","e":"executionReport","E":1781082640221}""";
}
