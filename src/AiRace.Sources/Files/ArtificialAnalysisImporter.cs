using System.Text.Json;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Artificial Analysis's <c>llms.json</c> (oolong-tea-2026/artificial-analysis-leaderboards, <c>data/&lt;date&gt;/llms.json</c>):
/// <c>{ meta, models: [ { slug, name, release_date, creator{name, country}, evaluations{…}, open_weights{…} } ] }</c>.
/// <list type="bullet">
/// <item>Each entry is a model, keyed by its normalized <c>slug</c>. Variants ("(Reasoning)", effort levels) stay separate
/// models; a frontier (best score among models released by a date) takes the best variant on its own.</item>
/// <item>Every numeric field under <c>evaluations</c> (not the <c>…_is_estimated</c> flags) is a release-dated observation,
/// dated by <c>release_date</c>: <c>aa-intelligence-index</c>, <c>aa-coding-index</c>, <c>aa-gpqa</c>, … Entries without a release
/// date keep their model row but give no observations (counted in a note).</item>
/// <item>Monthly snapshots revise scores slightly, so the same (metric, model, date) may come from several files with
/// different values; each file is its own import, and a frontier keeps the best.</item>
/// <item>Country: <c>creator.country</c> (ISO-2, upper-cased); organization: <c>creator.name</c>; openness:
/// <c>open_weights.is_open_weights</c>; Hugging Face repo id from <c>huggingface_url</c>; OpenRouter id from <c>openrouter_api_id</c>.</item>
/// </list>
/// </summary>
internal sealed class ArtificialAnalysisImporter : IFileImporter
{
    /// <summary>The namespace of Artificial Analysis model keys (<c>aa:glm-4-5v</c>).</summary>
    public const string KeyPrefix = "aa:";

    public const string Attribution =
        "Artificial Analysis (artificialanalysis.ai), data attribution required, via oolong-tea-2026/artificial-analysis-leaderboards";

    private const string HubPrefix = "https://huggingface.co/";

    public string Kind => "artificial-analysis-llms";

    public bool CanRead(FileProbe probe) => string.Equals(probe.FileName, "llms.json", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? FetchedAt(JsonFields json, JsonElement meta)
    {
        var text = json.Text(meta, "fetched_at", "$.meta");
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : throw json.Bad("$.meta.fetched_at", meta.GetProperty("fetched_at"), "a date and time such as 2026-04-10T06:58:38Z");
    }

    public ImportBatch Read(FileProbe probe)
    {
        var (document, json) = JsonFields.Open(probe.Path);
        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw json.Bad("$", root, "an object with 'meta' and 'models'");
        }

        var models = json.Required(root, "models", "$", JsonValueKind.Array);
        // meta.fetched_at dates the edition: Artificial Analysis re-weights and re-scales its indices between versions, so each
        // file is an edition known from the day it was fetched (as-of queries and the latest-edition rule read it).
        var meta = json.OptionalObject(root, "meta", "$");
        var batch = new ImportBatch(Kind, Attribution) { RetrievedAt = meta is { } m ? FetchedAt(json, m) : null };
        var metrics = new Dictionary<string, Metric>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var undated = 0;
        var repeated = 0;
        var index = 0;
        foreach (var entry in models.EnumerateArray())
        {
            var path = $"$.models[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw json.Bad(path, entry, "an object");
            }

            var slug = json.RequiredText(entry, "slug", path);
            // Artificial Analysis slugs name its own versions (its 'deepseek-r1' is the May 2025 update, LMArena's is the
            // January release), so its models keep their own namespace instead of merging with other sources by name.
            var key = KeyPrefix + ModelKeys.Normalize(slug);
            var released = json.Date(entry, "release_date", path);
            var creator = json.Required(entry, "creator", path, JsonValueKind.Object);
            var weights = json.OptionalObject(entry, "open_weights", path);
            var scores = Scores(json, entry, path, metrics);
            var model = new ModelRecord(
                key,
                json.Text(entry, "name", path) ?? slug,
                json.Text(creator, "name", $"{path}.creator"),
                released,
                OpennessOf(weights is { } w ? json.Bool(w, "is_open_weights", $"{path}.open_weights") : null),
                CountryCodes.FromIso(json.Text(creator, "country", $"{path}.creator")),
                slug,
                weights is { } hw ? HubId(json.Text(hw, "huggingface_url", $"{path}.open_weights")) : null,
                weights is { } ow ? json.Text(ow, "openrouter_api_id", $"{path}.open_weights") : null);

            if (!seen.Add(key))
            {
                repeated++;
                continue;
            }

            batch.Models.Add(model);
            if (released is not { } date)
            {
                undated += scores.Count > 0 ? 1 : 0;
                continue;
            }

            batch.Observations.AddRange(scores.Select(s => new Observation(s.MetricId, key, date, s.Score)));
        }

        var used = batch.Observations.Select(o => o.MetricId).ToHashSet(StringComparer.Ordinal);
        batch.Metrics.AddRange(metrics.Values.Where(m => used.Contains(m.Id)));
        if (undated > 0)
        {
            batch.Notes.Add($"entries with scores but no release_date, scores skipped: {undated}");
        }

        if (repeated > 0)
        {
            batch.Notes.Add($"entries repeating an earlier slug, skipped: {repeated}");
        }

        return batch;
    }

    private static List<(string MetricId, double Score)> Scores(
        JsonFields json, JsonElement entry, string path, Dictionary<string, Metric> metrics)
    {
        var scores = new List<(string, double)>();
        if (json.OptionalObject(entry, "evaluations", path) is not { } evaluations)
        {
            return scores;
        }

        foreach (var field in evaluations.EnumerateObject())
        {
            if (field.Name.EndsWith("_is_estimated", StringComparison.Ordinal))
            {
                continue;
            }

            if (json.Number(field.Value, $"{path}.evaluations.{field.Name}") is not { } score)
            {
                continue;
            }

            if (!metrics.TryGetValue(field.Name, out var metric))
            {
                metric = ArtificialAnalysisMetrics.ForEvaluation(field.Name);
                metrics.Add(field.Name, metric);
            }

            scores.Add((metric.Id, score));
        }

        return scores;
    }

    private static Openness OpennessOf(bool? isOpenWeights) => isOpenWeights switch
    {
        true => Openness.Open,
        false => Openness.Closed,
        null => Openness.Unknown,
    };

    /// <summary><c>https://huggingface.co/zai-org/GLM-4.5V</c> → <c>zai-org/GLM-4.5V</c>; links elsewhere (GitHub) give none.</summary>
    private static string? HubId(string? url)
    {
        if (url is null || !url.StartsWith(HubPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = url[HubPrefix.Length..].Trim('/');
        return id.Length > 0 ? id : null;
    }
}
