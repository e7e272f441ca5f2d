using System.Globalization;
using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// oolong-tea-2026/arena-ai-leaderboards daily boards, <c>&lt;date&gt;/text.json</c> and <c>code.json</c>:
/// <c>{ meta: { leaderboard, fetched_at, … }, models: [ { rank, model, vendor, license, score, ci, votes } ] }</c>.
/// <c>meta.leaderboard</c> picks the metric; <c>ci</c> is ± 95%. These boards are arena.ai's default view, which is style-controlled:
/// on the 42 models they share with arena-catalog's boards of December 2025, their scores sit 0.8 Elo on average from
/// <c>leaderboard-text-style-control.json</c> and 13.7 from the plain <c>leaderboard-text.json</c> (a test measures this), so
/// <c>text</c> is <c>lmarena-text-style-control</c>. <c>code</c> is <c>lmarena-code</c> (arena.ai's default view of its own board).
/// Boards are partial top-N lists. The snapshot date is the folder date, else the UTC date of <c>meta.fetched_at</c>.
/// </summary>
internal sealed class LmArenaDailyBoardImporter : IFileImporter
{
    public const string Attribution =
        "arena.ai (LMArena) daily leaderboards, via oolong-tea-2026/arena-ai-leaderboards (MIT); the data is arena.ai's and its terms apply.";

    public string Kind => "lmarena-daily-board";

    public bool CanRead(FileProbe probe) =>
        probe.FileName is "text.json" or "code.json" && FileHead.Read(probe.Path).Contains("\"leaderboard\"", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, Attribution) { AliasScope = LmArenaModelKeys.Scope };
        using var json = JsonFile.Open(probe);
        json.Expect(json.Root, JsonValueKind.Object, "$");
        var meta = json.Expect(json.Property(json.Root, "meta", "$"), JsonValueKind.Object, "$.meta");
        var board = json.Text(meta, "leaderboard", "$.meta");
        var metric = board switch
        {
            "text" => KnownMetrics.LmArenaTextStyleControl,
            "code" => KnownMetrics.LmArenaCode,
            _ => throw json.Bad("$.meta.leaderboard", meta.GetProperty("leaderboard"), "'text' or 'code'"),
        };
        batch.Metrics.Add(metric);
        var date = probe.FolderDate ?? FetchedOn(json, meta);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in json.Expect(json.Property(json.Root, "models", "$"), JsonValueKind.Array, "$.models").EnumerateArray())
        {
            var path = "$.models" + JsonFile.Index(i++);
            json.Expect(item, JsonValueKind.Object, path);
            var id = json.Text(item, "model", path);
            var key = LmArenaModelKeys.Resolve(id);
            var score = json.Number(item, "score", path);
            var ci = item.TryGetProperty("ci", out var c) && c.ValueKind != JsonValueKind.Null ? json.Number(item, "ci", path) : (double?)null;
            var votes = json.OptionalLong(item, "votes", path);
            if (!seen.Add(key))
            {
                continue;
            }

            batch.Models.Add(new ModelRecord(
                key, id, json.OptionalText(item, "vendor", path), null,
                LicenseOpenness.FromLicense(json.OptionalText(item, "license", path)), null, id));
            batch.Aliases.AddRange(LmArenaModelKeys.Aliases(key, null));
            batch.Observations.Add(new Observation(metric.Id, key, date, score, score - ci, score + ci, votes));
        }

        return batch;
    }

    private static DateOnly FetchedOn(JsonFile json, JsonElement meta)
    {
        var text = json.OptionalText(meta, "fetched_at", "$.meta");
        return text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : throw new AiRaceException(
                ErrorKind.BadData,
                $"Cannot date '{json.FileName}': its folder is not named YYYY-MM-DD and $.meta.fetched_at is '{text}'. Put it in a folder named by its date and import again.");
    }
}
