using System.Globalization;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Epoch's own evaluation runs, <c>benchmarks_runs.csv</c> (benchmark-stitching): <c>task</c>, <c>model</c> (a model version id),
/// <c>Best score (across scorers)</c> (0–1), <c>started_at</c> (<c>17 November 2025 4:28pm</c>). Each task is a release-dated
/// metric <c>epoch-&lt;task&gt;</c>; a run is dated by its model version's <c>Version release date</c> in the
/// <c>model_versions.csv</c> beside it. Runs whose version is missing there or has no date are skipped with a count. When a
/// task was run twice on one version, the latest run (by <c>started_at</c>) is kept.
/// </summary>
internal sealed class EpochBenchmarkRunsImporter : IFileImporter
{
    public const string VersionsFile = "model_versions.csv";

    public string Kind => "epoch-benchmark-runs";

    public bool CanRead(FileProbe probe) =>
        probe.FirstLine.StartsWith("id,task,model,Best score (across scorers)", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var versions = ReadVersions(probe);
        var batch = new ImportBatch(Kind, EpochSources.Attribution(EpochSources.BenchmarkStitching));
        var metrics = new Dictionary<string, Metric>(StringComparer.Ordinal);
        var latest = new Dictionary<(string Metric, string Model), (DateTime Started, Observation Run, ModelVersion Version)>();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var undated = new SortedSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        var replaced = 0;
        using (var csv = new CsvRows(probe.Path))
        {
            csv.Require("task", "model", "Best score (across scorers)", "started_at");
            while (csv.Read())
            {
                var task = csv.RequiredText("task");
                var model = csv.RequiredText("model");
                var score = csv.RequiredNumber("Best score (across scorers)");
                var started = StartedAt(csv);
                if (!versions.TryGetValue(model, out var version) || version.Released is null)
                {
                    (version is null ? unknown : undated).Add(model);
                    skipped++;
                    continue;
                }

                if (!metrics.TryGetValue(task, out var metric))
                {
                    metric = EpochMetrics.BenchmarkRun(task);
                    metrics.Add(task, metric);
                }

                var run = new Observation(metric.Id, ModelKeys.Normalize(model), version.Released.Value, score);
                if (latest.TryGetValue((metric.Id, run.ModelKey), out var earlier))
                {
                    replaced++;
                    if (earlier.Started > started)
                    {
                        continue;
                    }
                }

                latest[(metric.Id, run.ModelKey)] = (started, run, version);
            }
        }

        batch.Metrics.AddRange(metrics.Values);
        batch.Observations.AddRange(latest.Values.Select(v => v.Run));
        batch.Models.AddRange(latest.Values.Select(v => v.Version).DistinctBy(v => v.Key)
            .Select(v => new ModelRecord(v.Key, v.Name, null, v.Released, Openness.Unknown, null, v.Id)));

        if (skipped > 0)
        {
            var why = string.Join("; ", new[]
            {
                unknown.Count > 0 ? $"not in {VersionsFile}: {string.Join(", ", unknown)}" : null,
                undated.Count > 0 ? $"no release date in {VersionsFile}: {string.Join(", ", undated)}" : null,
            }.OfType<string>());
            batch.Notes.Add($"runs skipped: {skipped} ({why})");
        }

        if (replaced > 0)
        {
            batch.Notes.Add($"repeated runs of a task on the same version, latest kept: {replaced}");
        }

        return batch;
    }

    private static DateTime StartedAt(CsvRows csv)
    {
        if (csv.Text("started_at") is not { } text)
        {
            return DateTime.MinValue;
        }

        return DateTime.TryParseExact(text, "d MMMM yyyy h:mmtt", CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var t)
            ? t
            : throw csv.Bad("started_at", text, "a time such as '17 November 2025 4:28pm'");
    }

    private static Dictionary<string, ModelVersion> ReadVersions(FileProbe probe)
    {
        var path = Path.Combine(Path.GetDirectoryName(probe.Path) ?? ".", VersionsFile);
        if (!File.Exists(path))
        {
            throw BadData.Malformed(
                probe.FileName,
                $"its runs are dated by the release dates in '{VersionsFile}', which is not beside it; put Epoch's {VersionsFile} in the same folder");
        }

        var map = new Dictionary<string, ModelVersion>(StringComparer.Ordinal);
        using var csv = new CsvRows(path);
        csv.Require("id", "Version release date");
        while (csv.Read())
        {
            var id = csv.RequiredText("id");
            var name = csv.Text("Display name") ?? csv.Text("Unique display name") ?? id;
            map.TryAdd(id, new ModelVersion(id, ModelKeys.Normalize(id), name, csv.Date("Version release date")));
        }

        return map;
    }

    private sealed record ModelVersion(string Id, string Key, string Name, DateOnly? Released);
}
