using AsterBot.Storage.Repositories;
using AsterBot.Storage.Secrets;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage;

/// <summary>Every repository, bound either to the pool (each call its own transaction) or to one unit of work.</summary>
public class StoreRepositories
{
    internal StoreRepositories(SqlRunner sql, SecretBox secrets, TimeProvider time)
    {
        Users = new UserRepository(sql, time);
        Slots = new ApiSlotRepository(sql, secrets, time);
        Pairs = new PairRepository(sql, time);
        OrderIntents = new OrderIntentRepository(sql, time);
        Fills = new FillRepository(sql);
        Positions = new PositionRepository(sql);
        Signals = new SignalRepository(sql);
        Notifications = new NotificationRepository(sql, time);
        Audit = new AuditRepository(sql, time);
    }

    public UserRepository Users { get; }
    public ApiSlotRepository Slots { get; }
    public PairRepository Pairs { get; }
    public OrderIntentRepository OrderIntents { get; }
    public FillRepository Fills { get; }
    public PositionRepository Positions { get; }
    public SignalRepository Signals { get; }
    public NotificationRepository Notifications { get; }
    public AuditRepository Audit { get; }
}
