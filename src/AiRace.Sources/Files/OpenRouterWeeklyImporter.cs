using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Core.Usage;

namespace AiRace.Sources.Files;

/// <summary>
/// <c>openrouter-weekly-johnbean393</c> files: <c>{ date, models: [ {rank, slug, name, total_tokens, percent_change, …} ], total_tokens, … }</c>,
/// the week's top N OpenRouter models by tokens. The file's <c>total_tokens</c> sums the listed models only (there is no
/// "other" row), so the store records no all-traffic total. In <c>removed_upstream/</c> only rank, slug, name, total_tokens
/// and percent_change are trusted (the author deleted those files for a synthesized token breakdown), so the file's
/// <c>is_free</c> flag is not kept; the free route is always told by the <c>:free</c> suffix.
/// </summary>
internal sealed class OpenRouterWeeklyImporter : IFileImporter
{
    public const string Attribution =
        "OpenRouter public rankings (weekly tokens of the top models), via johnbean393/openrouter-inference-stats; OpenRouter's terms apply.";

    public string Kind => "openrouter-weekly";

    public bool CanRead(FileProbe probe)
    {
        var head = JsonHead.Of(probe);
        return head.StartsWith('{') && JsonHead.HasKeys(head, "date", "models", "slug", "total_tokens", "percent_change");
    }

    public ImportBatch Read(FileProbe probe)
    {
        var trustedOnly = probe.UnderFolder("removed_upstream");
        var batch = new ImportBatch(Kind, Attribution);
        var doc = JsonDocuments.Parse(probe.Path, probe.FileName);

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad(probe, "$", JsonFile.OneLine(root.GetRawText()), "an object with date and models");
            }

            var dateText = Text(root, "date");
            if (dateText is null || !Dates.TryParse(dateText, [], out var date))
            {
                throw Bad(probe, "date", dateText, "a date (YYYY-MM-DD)");
            }

            ValueSanity.SnapshotDate(date, probe.FileName, "$.date");

            if (!root.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
            {
                throw BadData.Missing(probe.FileName, "models");
            }

            var listed = models.GetArrayLength();
            long sum = 0;
            var rows = new List<(int Rank, string Slug, string Name, long Tokens, double? Change, bool? Free)>();
            var i = 0;
            foreach (var m in models.EnumerateArray())
            {
                i++;
                if (m.ValueKind != JsonValueKind.Object)
                {
                    throw Bad(probe, $"models[{i}]", JsonFile.OneLine(m.GetRawText()), "an object with rank, slug, name and total_tokens");
                }

                var slug = Text(m, "slug") ?? throw Bad(probe, $"models[{i}].slug", null, "a slug such as 'deepseek/deepseek-r1'");
                var tokens = Long(m, "total_tokens") is { } t and >= 0 ? t : throw Bad(probe, $"models[{i}].total_tokens ({slug})", Raw(m, "total_tokens"), "a whole number of tokens");
                var rank = Long(m, "rank") is { } r and > 0 and <= ValueSanity.MaxRank ? (int)r : throw Bad(probe, $"models[{i}].rank ({slug})", Raw(m, "rank"), "a rank (1, 2, ...)");
                double? change = m.TryGetProperty("percent_change", out var pc) && pc.ValueKind == JsonValueKind.Number && pc.TryGetDouble(out var pcv) && double.IsFinite(pcv) ? pcv : null;
                bool? free = !trustedOnly && m.TryGetProperty("is_free", out var f) && f.ValueKind is JsonValueKind.True or JsonValueKind.False ? f.GetBoolean() : null;
                rows.Add((rank, slug, Text(m, "name") ?? slug, tokens, change, free));
                sum = sum > long.MaxValue - tokens
                    ? throw Bad(probe, "models[].total_tokens", tokens.ToString(System.Globalization.CultureInfo.InvariantCulture), "token counts whose sum fits in a 64-bit integer")
                    : sum + tokens;
            }

            var fileTotal = Long(root, "total_tokens") ?? sum;
            var week = UsageWeeks.WeekOf(date);
            foreach (var r in rows)
            {
                var colon = r.Slug.IndexOf(':', StringComparison.Ordinal);
                var variant = colon > 0 ? r.Slug[(colon + 1)..] : null;
                var baseSlug = colon > 0 ? r.Slug[..colon] : r.Slug;
                batch.Usage.Add(new UsageRecord(
                    date, week, r.Slug, baseSlug, variant, variant == "free", r.Free, r.Name, r.Rank, r.Tokens, r.Change,
                    listed, fileTotal, SourceTotal: null, HasOtherRow: false));
            }
        }

        return batch;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;

    private static string? Raw(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? JsonFile.OneLine(v.GetRawText()) : null;

    private static AiRaceException Bad(FileProbe probe, string field, string? value, string expected) =>
        new(ErrorKind.BadData, $"Cannot read '{probe.FileName}': field '{field}' is '{value}', expected {expected}. Fix or remove that entry and import again.");
}
