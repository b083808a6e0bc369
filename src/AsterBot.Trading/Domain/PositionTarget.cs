namespace AsterBot.Trading.Domain;

/// <summary>The exposure a strategy wants to hold on its pair; the executor turns it into orders (flip logic).</summary>
public enum PositionTarget { Flat, Long, Short }
