using System.Globalization;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task A_process_killed_during_a_slot_update_leaves_the_previous_slot_intact()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        using (var child = ChildProcess.Start(Target, "update-slot-and-hang",
                   owner.Value.ToString(CultureInfo.InvariantCulture), slot.Id.ToString(CultureInfo.InvariantCulture)))
        {
            Assert.Equal(Program.UpdatedNotCommitted, await child.ReadLineAsync());
            await child.KillAsync();
        }

        await using var after = await Target.OpenAsync(Target.Options(Time));
        Assert.Equal(slot, await after.Slots.GetAsync(owner, slot.Id));
        Assert.Equal(SecretValue, (await after.Slots.ReadSecretAsync(owner, slot.Id))!.Reveal());
        Assert.DoesNotContain(await after.Audit.ListRecentAsync(owner, 10), e => e.Action == "slot.updated");
        // The dead process's lock is gone: the slot can be changed again.
        Assert.True(await after.Slots.UpdateAsync(owner, slot.Id, new ApiSlotFields("next", "hmac", "k", new SecretText("next-secret"))));
    }
}
