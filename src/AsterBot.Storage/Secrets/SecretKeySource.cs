namespace AsterBot.Storage.Secrets;

/// <summary>
/// Where the secret key comes from: ASTERBOT_SECRET_KEY (base64) if set, else a key file kept outside the
/// database. The file is created on first run with mode 0600 and refused if group or others can read it.
/// </summary>
public sealed class SecretKeySource(string keyFilePath, Func<string, string?> environment)
{
    public const string EnvironmentVariable = "ASTERBOT_SECRET_KEY";

    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public string KeyFilePath { get; } = Path.GetFullPath(keyFilePath);

    /// <summary>The configured key, or null when neither the variable nor the key file exists yet.</summary>
    public SecretKey? TryLoad()
    {
        var fromEnvironment = environment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return SecretKey.FromBase64(fromEnvironment, EnvironmentVariable);
        if (!File.Exists(KeyFilePath)) return null;
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(KeyFilePath) & GroupOrOther) != 0)
            throw new SecretKeyException($"The secret key file {KeyFilePath} is readable by other users; run `chmod 600 {KeyFilePath}` and start again.");
        return SecretKey.FromBase64(File.ReadAllText(KeyFilePath), KeyFilePath);
    }

    /// <summary>
    /// Writes a new random key file that only the current user can read (created 0600, never widened). The key is
    /// written to a temporary file and then linked into place, so a process starting at the same moment sees either
    /// no key file or a complete one; the loser of that race uses the winner's key.
    /// </summary>
    public SecretKey CreateKeyFile()
    {
        var key = SecretKey.Generate();
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFilePath)!);
        var temporary = $"{KeyFilePath}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
            writer.WriteLine(key.ToBase64());
        try
        {
            File.Move(temporary, KeyFilePath, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(KeyFilePath))
        {
            File.Delete(temporary);
            return TryLoad() ?? throw new SecretKeyException($"The secret key file {KeyFilePath} vanished while it was being created; start again.");
        }
    }
}
