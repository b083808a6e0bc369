namespace AsterBot.Storage.Repositories;

/// <summary>
/// The error for a row that names a slot its owner does not have. The database enforces it (a composite foreign key
/// on owner and slot), which is also what stops one owner from attaching data to another owner's slot.
/// </summary>
internal static class SlotReference
{
    public static StorageException Missing(OwnerId owner, long slotId, Exception inner) =>
        new($"Slot {slotId} does not exist for {owner}; add the slot first.", inner);
}
