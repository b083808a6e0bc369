namespace AsterBot.Simulator.Server.Faults;

/// <summary>
/// Decides, reproducibly from its seed, which configured faults hit a request. Off (no rules) by default;
/// reconfigured at start or through <c>/sim/faults</c>.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private FaultRule[] _rules = [];
    private Random _random = new(0);

    public int Seed { get; private set; }

    public IReadOnlyList<FaultRule> Rules { get { lock (_gate) return _rules; } }

    public void Configure(IEnumerable<FaultRule> rules, int seed)
    {
        var list = rules.ToArray();
        foreach (var r in list)
            if (r.Problem() is { } problem) throw new ArgumentException($"Fault rule for '{r.Path}' is invalid: {problem}.", nameof(rules));
        lock (_gate)
        {
            _rules = list;
            _random = new Random(seed);
            Seed = seed;
        }
    }

    /// <summary>The first rule of one of <paramref name="kinds"/> matching the request that fires on this roll, or null.</summary>
    public FaultRule? Roll(string method, string path, params ReadOnlySpan<FaultKind> kinds)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (!kinds.Contains(rule.Kind) || !rule.Matches(method, path)) continue;
                if (rule.Probability >= 1 || _random.NextDouble() < rule.Probability) return rule;
            }
        }
        return null;
    }
}
