namespace AsterBot.Storage.Tests;

public sealed class OwnerIdTests
{
    [Fact]
    public void Only_a_positive_user_id_is_an_owner()
    {
        Assert.Equal(7, new OwnerId(7).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OwnerId(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OwnerId(-1));
        Assert.Throws<InvalidOperationException>(() => default(OwnerId).Value);
    }
}
