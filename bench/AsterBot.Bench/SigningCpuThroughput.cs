using System.Diagnostics;
using System.Security.Cryptography;
using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;

namespace AsterBot.Bench;

/// <summary>
/// Signing throughput per CPU-second of this process, a figure that survives a machine shared with other
/// builds better than BenchmarkDotNet's wall-clock times. Run:
///   dotnet run -c Release --project bench/AsterBot.Bench -- signing-cpu
/// </summary>
public static class SigningCpuThroughput
{
    public static void Run()
    {
        using var key = PrivateKey.Parse("0x4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1");
        var signer = new V3Signer(EthAddress.Parse("0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e"), key.Address, key,
            AsterSigningChains.Mainnet, new NonceSource(TimeProvider.System), Secp256k1.Native);
        const string parameters = "symbol=ASTERUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=20&price=0.5&newClientOrderId=sig-7f3a9c-long-0001";
        var hash = RandomNumberGenerator.GetBytes(32);
        var signature = new byte[65];
        var data = RandomNumberGenerator.GetBytes(200);
        var digest = new byte[32];
        var wire = signer.Sign(parameters);

        Measure("V3 signed request", () => signer.Sign(parameters), 40_000);
        Measure("raw native sign", () => Secp256k1.Native.SignRecoverable(hash, key.Secret, signature), 40_000);
        Measure("V3 recover signer", () => V3Signature.TryRecoverSigner(wire, AsterSigningChains.Mainnet, Secp256k1.Native, out _), 40_000);
        Measure("keccak-256 200 bytes", () => Keccak256.Hash(data, digest), 400_000);
        Measure("managed fallback sign", () => Secp256k1.Managed.SignRecoverable(hash, key.Secret, signature), 3_000);
    }

    private static void Measure(string name, Action operation, int count)
    {
        for (var i = 0; i < count / 10; i++) operation(); // warm-up: JIT tiers, caches
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < count; i++) operation();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"{name,-24} {count / cpu.TotalSeconds,12:N0} ops per CPU-second ({cpu.TotalMicroseconds / count:N2} µs CPU each)");
    }
}
