namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// Every simulated account with its credentials: V1 API keys, V3 agents, builder approvals, and the referral
/// registrations seen by <c>registerAndApproveAgent</c>. Thread-safe; readers get copies.
/// </summary>
public sealed class AccountRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SimAccount> _byWallet = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (SimAccount Account, ApiKeyCredential Key)> _byApiKey = new(StringComparer.Ordinal);
    private readonly List<ReferralRegistration> _referrals = [];
    private long _nextId = 1;

    /// <summary>Creates an account for <paramref name="wallet"/>; an existing wallet returns its account unchanged.</summary>
    public (SimAccount Account, bool Created) GetOrCreate(string wallet)
    {
        if (!Address.IsValid(wallet))
            throw new ArgumentException($"'{wallet}' is not a wallet address: expected 0x followed by 40 hex digits.", nameof(wallet));
        lock (_gate)
        {
            if (_byWallet.TryGetValue(wallet, out var existing)) return (existing, false);
            var account = new SimAccount(_nextId++, wallet);
            _byWallet[wallet] = account;
            return (account, true);
        }
    }

    public SimAccount? FindByWallet(string wallet)
    {
        lock (_gate) return _byWallet.GetValueOrDefault(wallet);
    }

    public IReadOnlyList<SimAccount> Accounts
    {
        get { lock (_gate) return [.. _byWallet.Values.OrderBy(a => a.Id)]; }
    }

    public void AddApiKey(SimAccount account, ApiKeyCredential key)
    {
        lock (_gate)
        {
            if (_byApiKey.ContainsKey(key.ApiKey))
                throw new ArgumentException("This API key is already registered to an account; use a different key.", nameof(key));
            account.ApiKeys.Add(key);
            _byApiKey[key.ApiKey] = (account, key);
        }
    }

    public bool TryFindApiKey(string apiKey, out SimAccount account, out ApiKeyCredential key)
    {
        lock (_gate)
        {
            if (_byApiKey.TryGetValue(apiKey, out var found)) { (account, key) = found; return true; }
        }
        (account, key) = (null!, null!);
        return false;
    }

    public IReadOnlyList<ApiKeyCredential> ApiKeysOf(SimAccount account)
    {
        lock (_gate) return [.. account.ApiKeys];
    }

    public void ApproveAgent(SimAccount account, AgentGrant grant)
    {
        lock (_gate) account.Agents[grant.Address] = grant;
    }

    public bool RemoveAgent(SimAccount account, string agentAddress)
    {
        lock (_gate) return account.Agents.Remove(agentAddress);
    }

    public IReadOnlyList<AgentGrant> AgentsOf(SimAccount account)
    {
        lock (_gate) return [.. account.Agents.Values];
    }

    public AgentGrant? FindAgent(SimAccount account, string agentAddress)
    {
        lock (_gate) return account.Agents.GetValueOrDefault(agentAddress);
    }

    /// <summary>
    /// The accounts a signer may act for when the request names no <c>user</c>: the wallet itself, else the owners
    /// of an agent with that address (the first approved wins when several wallets approved the same agent).
    /// </summary>
    public SimAccount? FindOwnerOfSigner(string signer)
    {
        lock (_gate)
        {
            if (_byWallet.TryGetValue(signer, out var self)) return self;
            return _byWallet.Values.OrderBy(a => a.Id).FirstOrDefault(a => a.Agents.ContainsKey(signer));
        }
    }

    public void ApproveBuilder(SimAccount account, BuilderApproval approval)
    {
        lock (_gate) account.Builders[approval.BuilderAddress] = approval;
    }

    public bool RemoveBuilder(SimAccount account, string builderAddress)
    {
        lock (_gate) return account.Builders.Remove(builderAddress);
    }

    public IReadOnlyList<BuilderApproval> BuildersOf(SimAccount account)
    {
        lock (_gate) return [.. account.Builders.Values];
    }

    public void RecordReferral(ReferralRegistration registration)
    {
        lock (_gate) _referrals.Add(registration);
    }

    public IReadOnlyList<ReferralRegistration> Referrals
    {
        get { lock (_gate) return [.. _referrals]; }
    }
}
