namespace AsterBot.Aster.Models;

// Wire names are the members' names in UPPER_SNAKE_CASE (JsonNamingPolicy.SnakeCaseUpper):
// StopMarket <-> "STOP_MARKET", Gtx <-> "GTX", MarkPrice <-> "MARK_PRICE".

/// <summary>Which of Aster's two exchanges: they have separate hosts, paths, keys and rules.</summary>
public enum Market { Futures, Spot }

public enum OrderSide { Buy, Sell }

public enum PositionSide { Both, Long, Short }

public enum OrderType { Limit, Market, Stop, StopMarket, TakeProfit, TakeProfitMarket, TrailingStopMarket, Liquidation }

/// <summary>GTX = post-only; HIDDEN = not shown in the book; RPI appears in real exchangeInfo (undocumented).</summary>
public enum TimeInForce { Gtc, Ioc, Fok, Gtx, Hidden, Rpi }

public enum WorkingType { MarkPrice, ContractPrice }

public enum OrderStatus { New, PartiallyFilled, Filled, Canceled, Rejected, Expired, NewInsurance, NewAdl }

/// <summary>Execution type of an order update on the user-data stream.</summary>
public enum ExecutionType { New, Canceled, Calculated, Expired, Trade, Rejected, Amendment }

public enum MarginType { Isolated, Crossed }

public enum NewOrderResponseType { Ack, Result, Full }

public enum SelfTradePreventionMode { ExpireTaker, ExpireMaker, ExpireBoth }

public enum TransferDirection { FutureSpot, SpotFuture }
