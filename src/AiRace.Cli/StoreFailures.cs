using AiRace.Core;

namespace AiRace.Cli;

/// <summary>
/// Turns the failures of the store's file (DuckDB's messages for a damaged file, the operating system's for a full disk)
/// into one line naming the store and the fix.
/// </summary>
internal static class StoreFailures
{
    private static readonly string[] DamagedSigns =
    [
        "checksum does not match", "not a valid DuckDB database", "is not a DuckDB database", "database file is corrupt",
        "Corrupt database", "INTERNAL Error", "Could not read enough bytes", "Serialization Error", "Unsupported compression",
    ];

    /// <summary>The one-line error for <paramref name="ex"/> when it is a damaged store or a full disk; null otherwise.</summary>
    public static AiRaceException? Translate(Exception ex, string dbPath)
    {
        if (FullDisk(ex))
        {
            return new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"No space left on the device that holds '{Path.GetDirectoryName(Path.GetFullPath(dbPath))}' (the store '{dbPath}'). Free some space and run the command again; the run that failed wrote nothing, and the store is as it was.",
                ex);
        }

        if (Messages(ex).Any(m => DamagedSigns.Any(s => m.Contains(s, StringComparison.OrdinalIgnoreCase))) && IsStoreError(ex))
        {
            return new AiRaceException(
                ErrorKind.BadData,
                $"The store '{dbPath}' is damaged ({FirstLine(Innermost(ex).Message)}). Restore it from a backup, or move it aside and run `airace rebuild` on a fresh store from your data files.",
                ex);
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="ex"/> or an exception inside it says the disk is full: an <see cref="IOException"/> of
    /// errno ENOSPC (28), or a message saying so. A DuckDB exception's HResult is DuckDB's error type, not an errno (28 is
    /// any IO error there, such as a folder it cannot create), so only its message counts.
    /// </summary>
    public static bool FullDisk(Exception ex) =>
        Chain(ex).Any(e => e is IOException && (e.HResult == 28 || (e.HResult & 0xFFFF) == 28)) ||
        Messages(ex).Any(m => m.Contains("No space left on device", StringComparison.OrdinalIgnoreCase) || m.Contains("disk is full", StringComparison.OrdinalIgnoreCase));

    private static bool IsStoreError(Exception ex) => Chain(ex).Any(e => e.GetType().FullName?.StartsWith("DuckDB", StringComparison.Ordinal) == true);

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static IEnumerable<string> Messages(Exception ex) => Chain(ex).Select(e => e.Message);

    private static Exception Innermost(Exception ex) => Chain(ex).Last();

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
