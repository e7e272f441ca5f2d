using System.Security.Cryptography;
using System.Text.Json;

namespace AiRace.Testing;

/// <summary>
/// The real public files in <c>../shared/data</c>. <see cref="File"/> checks each file's sha256 against manifest.json,
/// so a test never runs on a changed fixture without saying so.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<Dictionary<string, string>> Manifest = new(LoadManifest);

    /// <summary>The full path of a file under shared/data (such as <c>lmarena-history-jasontrigg0/alltime.csv</c>), verified against the manifest.</summary>
    public static string File(string relative)
    {
        var path = Path.Combine(RepoPaths.SharedData, relative);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"Shared data file '{relative}' is missing under {RepoPaths.SharedData}. Is ../shared/data laid beside the repository?", path);
        }

        if (Manifest.Value.TryGetValue(relative.Replace('\\', '/'), out var expected))
        {
            using var stream = System.IO.File.OpenRead(path);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Shared data file '{relative}' has sha256 {actual}, but manifest.json says {expected}.");
            }
        }

        return path;
    }

    /// <summary>A folder under shared/data.</summary>
    public static string Folder(string relative) => Path.Combine(RepoPaths.SharedData, relative);

    private static Dictionary<string, string> LoadManifest()
    {
        var path = Path.Combine(RepoPaths.SharedData, "manifest.json");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!System.IO.File.Exists(path))
        {
            return map;
        }

        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var dest = e.GetProperty("dest").GetString()!;
            var prefix = "data/";
            map[dest.StartsWith(prefix, StringComparison.Ordinal) ? dest[prefix.Length..] : dest] = e.GetProperty("sha256").GetString()!;
        }

        return map;
    }
}
