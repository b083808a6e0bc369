using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Markets;

/// <summary>The last <see cref="Capacity"/> public trades of a symbol (recent/historical trades endpoints), stored inline.</summary>
internal sealed class TradeTape
{
    public const int Capacity = 1000;
    private readonly PublicTradeView[] _ring = new PublicTradeView[Capacity];
    private int _count, _next;

    public void Add(PublicTradeView trade)
    {
        _ring[_next] = trade;
        _next = (_next + 1) % Capacity;
        if (_count < Capacity) _count++;
    }

    /// <summary>Oldest first; from <paramref name="fromId"/> when given, else the latest <paramref name="limit"/>.</summary>
    public List<PublicTradeView> Query(int limit, long? fromId)
    {
        var all = new List<PublicTradeView>(_count);
        for (var i = 0; i < _count; i++) all.Add(_ring[(_next - _count + i + Capacity) % Capacity]);
        if (fromId is { } id) return all.FindAll(t => t.Id >= id).Take(limit).ToList();
        return all.Count > limit ? all[^limit..] : all;
    }
}
