using System.Security.Cryptography;

namespace AiRace.Testing;

/// <summary>
/// The real public files the tests read, listed with their sha256 in <c>tests/test-data.tsv</c>. They are looked for in
/// <c>AIRACE_TEST_DATA</c>, then <c>../shared/data</c> beside the repository, then the cache folder that
/// <c>scripts/fetch-test-data</c> fills (<c>$XDG_CACHE_HOME/airace/test-data</c>, else <c>~/.cache/airace/test-data</c>).
/// <see cref="File"/> checks each file's sha256 against the list, so a test never runs on a changed fixture without saying so.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Listed = new(LoadList);

    private static readonly Lazy<(string Root, string? Missing)> Located = new(() => Find(Candidates()));

    /// <summary>The folder holding the test data (the first candidate holding every listed file; else the first candidate).</summary>
    public static string Root => Located.Value.Root;

    /// <summary>Why the test data is not usable (names the folders tried and the fix), or null when every listed file is there.</summary>
    public static string? Missing => Located.Value.Missing;

    /// <summary>The folders looked in, in order.</summary>
    public static IReadOnlyList<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("AIRACE_TEST_DATA") is { Length: > 0 } env)
        {
            return [Path.GetFullPath(env)];
        }

        return [Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data")), CacheFolder()];
    }

    /// <summary><c>$XDG_CACHE_HOME/airace/test-data</c>, else <c>~/.cache/airace/test-data</c> (where the fetch script writes).</summary>
    public static string CacheFolder()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "airace", "test-data");
    }

    /// <summary>The full path of a listed file (such as <c>lmarena-history-jasontrigg0/alltime.csv</c>), verified against its sha256.</summary>
    public static string File(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"Test data file '{relative}' is missing under {Root}. Run scripts/fetch-test-data (or set AIRACE_TEST_DATA).", path);
        }

        if (Listed.Value.TryGetValue(relative.Replace('\\', '/'), out var expected))
        {
            using var stream = System.IO.File.OpenRead(path);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Test data file '{relative}' has sha256 {actual}, but tests/test-data.tsv says {expected}. Run scripts/fetch-test-data again.");
            }
        }

        return path;
    }

    /// <summary>A folder under the test data.</summary>
    public static string Folder(string relative) => Path.Combine(Root, relative);

    /// <summary>The files <c>tests/test-data.tsv</c> lists (path under the data folder → sha256).</summary>
    public static IReadOnlyDictionary<string, string> ListedFiles => Listed.Value;

    /// <summary>The first of <paramref name="candidates"/> holding every listed file, or the first candidate and why none does.</summary>
    public static (string Root, string? Missing) Find(IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var gaps = new List<string>();
        foreach (var folder in candidates)
        {
            var absent = Listed.Value.Keys.Count(k => !System.IO.File.Exists(Path.Combine(folder, k)));
            if (absent == 0)
            {
                return (folder, null);
            }

            gaps.Add(Directory.Exists(folder) ? $"{folder} lacks {absent} of {Listed.Value.Count} files" : $"{folder} does not exist");
        }

        return (candidates[0], $"The real test data is missing ({string.Join("; ", gaps)}): run scripts/fetch-test-data, or set AIRACE_TEST_DATA to a folder holding it.");
    }

    private static Dictionary<string, string> LoadList()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in System.IO.File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "test-data.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // repository, path, commit, sha256, dest, commit_date
            var cells = line.Split('\t');
            map[cells[4]] = cells[3];
        }

        return map;
    }
}
