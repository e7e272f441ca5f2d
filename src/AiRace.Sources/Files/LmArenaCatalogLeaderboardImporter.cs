using System.Text.Json;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// lmarena/arena-catalog <c>leaderboard-text.json</c> and <c>leaderboard-text-style-control.json</c>:
/// <c>{ "&lt;category&gt;": { "&lt;model key&gt;": { rating, rating_q025, rating_q975 } } }</c>. Each category is its own metric
/// (<c>full</c> is <c>lmarena-text</c>); the style-controlled file gets <c>lmarena-text-style-control[-&lt;category&gt;]</c>,
/// because style control changes the scores. q025/q975 are the 95% bounds. The snapshot date is the folder date.
/// </summary>
internal sealed class LmArenaCatalogLeaderboardImporter : IFileImporter
{
    public const string Attribution =
        "LMArena leaderboard ratings with 95% bounds, from lmarena/arena-catalog (published by LMArena); LMArena's terms apply.";

    private const string Plain = "leaderboard-text.json";
    private const string StyleControl = "leaderboard-text-style-control.json";

    public string Kind => "lmarena-catalog-leaderboard";

    public bool CanRead(FileProbe probe) => probe.FileName is Plain or StyleControl;

    public ImportBatch Read(FileProbe probe)
    {
        var styled = probe.FileName == StyleControl;
        var batch = new ImportBatch(Kind, Attribution) { AliasScope = LmArenaModelKeys.Scope };
        using var json = JsonFile.Open(probe);
        var date = SnapshotDates.Require(probe);
        json.Expect(json.Root, JsonValueKind.Object, "$");

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in json.Root.EnumerateObject())
        {
            var categoryPath = "$" + JsonFile.Step(category.Name);
            var metric = MetricFor(category.Name, styled);
            batch.Metrics.Add(metric);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var model in json.Expect(category.Value, JsonValueKind.Object, categoryPath).EnumerateObject())
            {
                var path = categoryPath + JsonFile.Step(model.Name);
                json.Expect(model.Value, JsonValueKind.Object, path);
                var key = LmArenaModelKeys.Resolve(model.Name);
                var rating = json.Number(model.Value, "rating", path);
                var low = json.Number(model.Value, "rating_q025", path);
                var high = json.Number(model.Value, "rating_q975", path);
                if (key.Length == 0)
                {
                    throw json.Bad(path, model.Value, "the ratings of a named model (the model key is empty)");
                }

                if (seen.Add(key))
                {
                    keys.TryAdd(key, model.Name);
                    batch.Observations.Add(new Observation(metric.Id, key, date, rating, low, high));
                }
            }
        }

        foreach (var (key, id) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            // The board has no organization; a few models are credited in the hand-curated model-organizations table.
            var known = BundledModelOrganizations.Find(key);
            batch.Models.Add(new ModelRecord(key, id, known?.Organization, null, known?.Openness ?? Openness.Unknown, null, id));
            batch.Aliases.AddRange(LmArenaModelKeys.Aliases(key, null));
        }

        return batch;
    }

    private static Metric MetricFor(string category, bool styled) => (category, styled) switch
    {
        ("full", false) => KnownMetrics.LmArenaText,
        ("full", true) => KnownMetrics.LmArenaTextStyleControl,
        (_, false) => KnownMetrics.LmArenaCategory(category),
        _ => KnownMetrics.LmArenaStyleControlCategory(category),
    };
}
