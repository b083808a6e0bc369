namespace AsterBot.Trading.Backtest.Reports;

/// <summary>
/// Writes a report to a temporary file beside the target and moves it into place only when complete, so a failed or
/// interrupted run never leaves a partial report that looks finished.
/// </summary>
public static class ReportFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw new IOException($"The folder for '{path}' does not exist ({folder}); create it or choose another path.");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
