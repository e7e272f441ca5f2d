using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Store;

namespace AiRace.Sources.Tests.Fuzz;

/// <summary>
/// Imports seeded mutations of the smallest real file of each importer kind into one real store. Every outcome must be
/// success or one <see cref="AiRaceException"/> line (never another exception, never the catch-all's "unexpected
/// content"), and a refused import must leave the store's counts as they were. Shared with the <c>fuzz</c> benchmark mode.
/// </summary>
internal static class ImportFuzz
{
    /// <summary>Files an importer needs beside the one it reads.</summary>
    private static readonly Dictionary<string, string[]> Companions = new(StringComparer.Ordinal)
    {
        ["epoch-benchmark-runs"] = ["model_versions.csv"],
    };

    /// <summary>The smallest file of each importer kind under <paramref name="dataFolder"/> with at least <paramref name="minBytes"/> bytes.</summary>
    public static IReadOnlyList<(string Kind, string Path)> SeedFiles(string dataFolder, long minBytes = 1024)
    {
        var byKind = new Dictionary<string, (string Path, long Bytes)>(StringComparer.Ordinal);
        foreach (var file in FileImportRunner.Expand([dataFolder]))
        {
            var probe = FileProbe.Of(file);
            if (FileImporters.For(probe) is not { } importer)
            {
                continue;
            }

            var bytes = new FileInfo(file).Length;
            if (!byKind.TryGetValue(importer.Kind, out var best) || Better(bytes, best.Bytes, minBytes))
            {
                byKind[importer.Kind] = (file, bytes);
            }
        }

        return byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, k.Value.Path)).ToList();
    }

    public static FuzzCounts Run(IReadOnlyList<(string Kind, string Path)> seeds, int seed, int casesPerKind, string workFolder)
    {
        var random = new Random(seed);
        using var store = AiRaceStore.Open(Path.Combine(workFolder, "fuzz.duckdb"));
        var runner = new FileImportRunner(store);
        int tried = 0, refused = 0, accepted = 0, skipped = 0;
        var escapes = new List<string>();
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, path) in seeds)
        {
            var original = File.ReadAllBytes(path);
            for (var n = 0; n < casesPerKind; n++)
            {
                var (op, bytes) = FileMutator.Mutate(original, random);
                var folderName = Path.GetFileName(Path.GetDirectoryName(path))!;
                if (op == "absurd-date" && IsDate(folderName) && random.Next(2) == 0)
                {
                    folderName = FileMutator.AbsurdFolderDate(random);
                    op = "absurd-folder-date";
                    bytes = original;
                }

                var folder = Path.Combine(workFolder, $"case-{tried}", folderName);
                Directory.CreateDirectory(folder);
                var target = Path.Combine(folder, Path.GetFileName(path));
                File.WriteAllBytes(target, bytes);
                foreach (var companion in Companions.GetValueOrDefault(kind, []))
                {
                    File.Copy(Path.Combine(Path.GetDirectoryName(path)!, companion), Path.Combine(folder, companion), overwrite: true);
                }

                tried++;
                perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
                var what = $"{kind} {op} (case {tried - 1}, seed {seed})";
                var before = store.Counts();
                try
                {
                    var result = runner.ImportFile(target);
                    if (result.Status == FileImportStatus.Skipped)
                    {
                        skipped++;
                    }
                    else
                    {
                        accepted++;
                    }
                }
                catch (AiRaceException ex)
                {
                    refused++;
                    if (ex.Message.Contains('\n', StringComparison.Ordinal) || ex.Message.Contains(CheckedRead.UnnamedFailure, StringComparison.Ordinal))
                    {
                        escapes.Add($"{what}: not one named line: {ex.Message}");
                    }

                    if (store.Counts() != before)
                    {
                        escapes.Add($"{what}: refused, but the store changed from {before} to {store.Counts()}");
                    }
                }
#pragma warning disable CA1031 // The point of the harness: any other exception is recorded as an escape.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    escapes.Add($"{what}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
                }

                Directory.Delete(Path.Combine(workFolder, $"case-{tried - 1}"), recursive: true);
            }
        }

        return new FuzzCounts(tried, refused, accepted, skipped, escapes, perKind);
    }

    /// <summary>The smallest file of at least <paramref name="minBytes"/> wins (a smaller one only while none is that big).</summary>
    private static bool Better(long bytes, long best, long minBytes) =>
        (bytes >= minBytes && (best < minBytes || bytes < best)) || (best < minBytes && bytes > best);

    private static bool IsDate(string name) =>
        DateOnly.TryParseExact(name, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
