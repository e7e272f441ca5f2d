using System.Globalization;
using System.Text.RegularExpressions;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// fboulnois/llm-leaderboard-csv LMArena boards: <c>lmsys/&lt;date&gt;/lmsys.csv</c> in its three header versions
/// (<c>arena_elo</c>; <c>arena_score</c> from 2024-07-07; <c>rank_stylectrl</c> from 2024-10-16), and <c>lmarena_text.csv</c>
/// and <c>lmarena_vision.csv</c>. Rows are display names, not keys: they go through <see cref="LmArenaModelKeys"/>.
/// The snapshot date is the folder date, else the manifest's commit date. When a model appears twice in a file
/// (<c>Yi-34B-Chat</c> in <c>lmarena_text.csv</c>), the first, best-ranked row wins.
/// </summary>
internal sealed partial class LmArenaBoardCsvImporter : IFileImporter
{
    public const string Attribution =
        "LMArena (Chatbot Arena) leaderboard, via fboulnois/llm-leaderboard-csv (MPL-2.0); the data is LMArena's and its terms apply.";

    public string Kind => "lmarena-board-csv";

    public bool CanRead(FileProbe probe) =>
        probe.FirstLine.StartsWith("rank,", StringComparison.Ordinal) &&
        probe.FirstLine.Contains(",model,", StringComparison.Ordinal) &&
        probe.FirstLine.Contains(",95_pct_ci,", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var metric = probe.FileName.Contains("vision", StringComparison.OrdinalIgnoreCase) ? KnownMetrics.LmArenaVision : KnownMetrics.LmArenaText;
        var batch = new ImportBatch(Kind, Attribution) { AliasScope = LmArenaModelKeys.Scope };
        batch.Metrics.Add(metric);
        using var csv = new CsvRows(probe.Path, endsLines: true);
        var scoreColumn = csv.Has("arena_score") ? "arena_score" : "arena_elo";
        csv.Require("model", scoreColumn, "95_pct_ci", "votes", "organization", "license");
        var date = SnapshotDates.Require(probe);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var name = csv.RequiredText("model");
            var key = LmArenaModelKeys.Resolve(name);
            var score = csv.RequiredNumber(scoreColumn);
            var (plus, minus) = Interval(csv);
            var votes = csv.Number("votes");
            if (votes is { } v && (v < 0 || v != Math.Floor(v)))
            {
                throw csv.Bad("votes", csv.Text("votes"), "a whole number of votes");
            }

            if (!seen.Add(key))
            {
                continue;
            }

            batch.Models.Add(new ModelRecord(
                key, name, csv.Text("organization"), null, LicenseOpenness.FromLicense(csv.Text("license")), null, name));
            batch.Observations.Add(new Observation(metric.Id, key, date, score, score - minus, score + plus, (long?)votes));
        }

        return batch;
    }

    /// <summary>The <c>95_pct_ci</c> text <c>+5/-4</c> as (plus 5, minus 4).</summary>
    private static (double Plus, double Minus) Interval(CsvRows csv)
    {
        var text = csv.Text("95_pct_ci");
        var m = text is null ? null : IntervalPattern().Match(text);
        if (m is null || !m.Success)
        {
            throw csv.Bad("95_pct_ci", text, "an interval such as '+5/-4'");
        }

        return (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\+\s*(\d+(?:\.\d+)?)\s*/\s*-\s*(\d+(?:\.\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntervalPattern();
}
