using System.Text.Json;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>One TestData/fixtures file: the request the client must send and the canned answer (API.md examples).</summary>
public sealed record EndpointFixture(string Name, string Method, string Path, string Auth, string Generation,
    IReadOnlyDictionary<string, string> Params, string ResponseJson)
{
    public static string Directory => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures");

    public static IEnumerable<string> AllNames() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Directory, f)[..^5].Replace('\\', '/'))
            .Order();

    public static EndpointFixture Load(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Directory, name + ".json")));
        var root = doc.RootElement;
        return new EndpointFixture(name, root.GetProperty("method").GetString()!, root.GetProperty("path").GetString()!,
            root.GetProperty("auth").GetString()!, root.GetProperty("generation").GetString()!,
            root.GetProperty("params").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            root.GetProperty("response").GetRawText());
    }

    /// <summary>The parameters of a wire string, decoded, in order.</summary>
    public static List<KeyValuePair<string, string>> Decode(string wire) =>
        wire.Length == 0 ? [] : wire.Split('&').Select(pair =>
        {
            var at = pair.IndexOf('=');
            return KeyValuePair.Create(Uri.UnescapeDataString(pair[..at]), Uri.UnescapeDataString(pair[(at + 1)..].Replace('+', ' ')));
        }).ToList();
}
