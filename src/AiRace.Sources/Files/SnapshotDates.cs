using System.Globalization;
using System.Text.Json;
using AiRace.Core;

namespace AiRace.Sources.Files;

/// <summary>
/// The snapshot date of a leaderboard file with no date inside: its folder's name (<c>YYYY-MM-DD</c>), else the commit date
/// that a <c>manifest.json</c> in a folder above gives for the file's sha256 (the shared-data convention).
/// </summary>
internal static class SnapshotDates
{
    public static DateOnly Require(FileProbe probe) =>
        probe.FolderDate ?? FromManifest(probe.Path) ?? throw new AiRaceException(
            ErrorKind.BadData,
            $"Cannot date '{probe.FileName}': it holds no date, its folder '{probe.ParentFolder}' is not named YYYY-MM-DD, and no manifest.json above it lists it. Put it in a folder named by its snapshot date (such as 2025-08-06) and import again.");

    /// <summary>The commit date (in the committer's time zone, as the folder dates are) of the manifest entry with the file's sha256.</summary>
    public static DateOnly? FromManifest(string path)
    {
        var manifest = FindManifest(Path.GetDirectoryName(path));
        if (manifest is null)
        {
            return null;
        }

        var (sha, _) = FileImportRunner.Hash(path);
        try
        {
            using var stream = File.OpenRead(manifest);
            using var doc = JsonDocument.Parse(stream);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var entry in doc.RootElement.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object &&
                    entry.TryGetProperty("sha256", out var s) && s.ValueKind == JsonValueKind.String &&
                    string.Equals(s.GetString(), sha, StringComparison.OrdinalIgnoreCase) &&
                    entry.TryGetProperty("commit_date", out var d) && d.ValueKind == JsonValueKind.String &&
                    DateTimeOffset.TryParse(d.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
                {
                    return DateOnly.FromDateTime(when.DateTime);
                }
            }
        }
        catch (JsonException)
        {
            // Not a manifest in the shared-data format: no date from it.
        }

        return null;
    }

    private static string? FindManifest(string? dir)
    {
        for (var d = dir is null ? null : new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "manifest.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
