namespace AsterBot.Slots;

/// <summary>What may be shown of a slot: settings, the public key and the masked secret ("…a1b2"), never the secret.</summary>
public sealed record SlotView(long Id, string Label, SlotSettings Settings, string Generation, string PublicKey, string MaskedSecret)
{
    public bool HasKeys => Generation != "none";
}

/// <summary>A saved slot and the connection test that allowed it (null when the change needed no test).</summary>
public sealed record SlotSaveResult(SlotView Slot, ConnectionReport? Report);

/// <summary>One slot of the start-up test and its connection test report.</summary>
public sealed record SlotTestResult(SlotView Slot, ConnectionReport Report);

/// <summary>The connection test failed, so nothing was saved; <see cref="Report"/> lists every check.</summary>
public sealed class SlotConnectionException(ConnectionReport report)
    : Exception($"The connection test failed, so nothing was saved. {report.Summary}")
{
    public ConnectionReport Report { get; } = report;
}
