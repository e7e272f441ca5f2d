using System.Text.RegularExpressions;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Epoch's <c>China benchmark data.csv</c> (china-ai-trends, CRLF): <c>System, MMLU, BBH, GPQA, China, Date, MMLU Pro, MATH,
/// HumanEval, GSM8k, Chatbot Arena, Link, Notes</c>. Each benchmark column is its own release-dated metric
/// (<c>epoch-china-mmlu</c>, …), dated by <c>Date</c>, on the file's own scale: fractions for MMLU, BBH and GPQA, percent for
/// the rest. <c>China</c> = <c>y</c> gives the model the source country CN; blank gives none (the file does not say which).
/// A score annotated in parentheses (<c>76 (4-shot)</c>) keeps its number. Rows without a date are skipped with a count.
/// </summary>
internal sealed partial class EpochChinaBenchmarksImporter : IFileImporter
{
    private const string Fraction = "fraction (0-1)";
    private const string Percent = "percent (0-100)";

    private static readonly (string Column, string Unit)[] Benchmarks =
    [
        ("MMLU", Fraction), ("BBH", Fraction), ("GPQA", Fraction), ("MMLU Pro", Percent), ("MATH", Percent),
        ("HumanEval", Percent), ("GSM8k", Percent), ("Chatbot Arena", "Elo"),
    ];

    public string Kind => "epoch-china-benchmarks";

    public bool CanRead(FileProbe probe) => probe.FirstLine.StartsWith("System,MMLU,BBH,GPQA,China,Date", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, EpochSources.Attribution(EpochSources.ChinaAiTrends));
        using var csv = new CsvRows(probe.Path);
        csv.Require("System", "China", "Date");
        csv.Require(Benchmarks.Select(b => b.Column).ToArray());
        var metrics = Benchmarks.ToDictionary(b => b.Column, b => EpochMetrics.ChinaBenchmark(b.Column, b.Unit), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var undated = 0;
        var annotated = 0;
        var repeated = 0;
        while (csv.Read())
        {
            var system = csv.RequiredText("System");
            var key = ModelKeys.Normalize(system);
            var date = csv.Date("Date");
            var country = csv.Text("China") switch
            {
                null => null,
                "y" or "Y" => "CN",
                var other => throw csv.Bad("China", other, "'y' or blank"),
            };

            var scores = new List<(string Column, double Score)>();
            foreach (var (column, _) in Benchmarks)
            {
                if (csv.Text(column) is not { } text)
                {
                    continue;
                }

                if (Numbers.TryParse(text, out var score))
                {
                    scores.Add((column, score));
                }
                else if (AnnotatedNumber().Match(text) is { Success: true } m && Numbers.TryParse(m.Groups[1].Value, out score))
                {
                    annotated++;
                    scores.Add((column, score));
                }
                else
                {
                    throw csv.Bad(column, text, "a number, optionally followed by a note in parentheses");
                }
            }

            if (!seen.Add(key))
            {
                repeated++;
                continue;
            }

            // The file names no organization; the hand-curated model-organizations table credits the systems it knows.
            var known = BundledModelOrganizations.Find(key);
            batch.Models.Add(new ModelRecord(key, system, known?.Organization, date, known?.Openness ?? Openness.Unknown, country, system));
            if (date is not { } d)
            {
                undated += scores.Count > 0 ? 1 : 0;
                continue;
            }

            foreach (var (column, score) in scores)
            {
                used.Add(column);
                batch.Observations.Add(new Observation(metrics[column].Id, key, d, score));
            }
        }

        batch.Metrics.AddRange(Benchmarks.Where(b => used.Contains(b.Column)).Select(b => metrics[b.Column]));
        if (undated > 0)
        {
            batch.Notes.Add($"rows with scores but no date, skipped: {undated}");
        }

        if (annotated > 0)
        {
            batch.Notes.Add($"scores annotated in parentheses (such as '76 (4-shot)'), read as their number: {annotated}");
        }

        if (repeated > 0)
        {
            batch.Notes.Add($"repeated systems, skipped (first row kept): {repeated}");
        }

        return batch;
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*\([^()]*\)$")]
    private static partial Regex AnnotatedNumber();
}
