using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Epoch's model catalogs, which share one vocabulary: <c>notable_ai_models.csv</c>, <c>All ML Systems - full view.csv</c>
/// (92 columns, multi-line cells) and <c>ML Systems-Org view.csv</c> (older accessibility words, <c>System</c> for the name).
/// One model per row: key = normalized <c>Model</c> (or <c>System</c>), so the same model from several catalogs merges;
/// release date = <c>Publication date</c>; organization as written; country from <c>Country (from Organization)</c> or
/// <c>Country (of organization)</c>; openness from <c>Model accessibility</c>. <c>Training compute (FLOP)</c>, when both it and
/// the date are present, is an <c>epoch-training-compute</c> observation.
/// </summary>
internal sealed class EpochCatalogImporter : IFileImporter
{
    private static readonly string[] NameColumns = ["Model", "System"];
    private static readonly string[] CountryColumns = ["Country (from Organization)", "Country (of organization)"];

    public string Kind => "epoch-catalog";

    public bool CanRead(FileProbe probe)
    {
        var header = probe.FirstLine.Split(',');
        return header.Length > 0 && NameColumns.Contains(header[0], StringComparer.Ordinal) &&
            header.Contains("Publication date", StringComparer.Ordinal) &&
            header.Contains("Model accessibility", StringComparer.Ordinal) &&
            header.Contains("Organization", StringComparer.Ordinal);
    }

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, EpochSources.Attribution(RepositoryOf(probe.FileName)));
        batch.Metrics.Add(EpochMetrics.TrainingCompute);
        using var csv = new CsvRows(probe.Path);
        var nameColumn = NameColumns.FirstOrDefault(csv.Has) ?? throw BadData.Missing(probe.FileName, "Model");
        var countryColumn = CountryColumns.FirstOrDefault(csv.Has) ?? throw BadData.Missing(probe.FileName, CountryColumns[0]);
        csv.Require("Publication date", "Organization", "Model accessibility", "Training compute (FLOP)");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unnamed = 0;
        var repeated = new List<string>();
        while (csv.Read())
        {
            var published = csv.Date("Publication date");
            var compute = csv.Number("Training compute (FLOP)");
            var name = csv.Text(nameColumn);
            var key = name is null ? string.Empty : ModelKeys.Normalize(name);
            if (key.Length == 0)
            {
                unnamed++;
                continue;
            }

            if (!seen.Add(key))
            {
                repeated.Add(name!);
                continue;
            }

            batch.Models.Add(new ModelRecord(
                key, name!, csv.Text("Organization"), published,
                EpochAccessibility.ToOpenness(csv.Text("Model accessibility")),
                CountryCodes.FromName(csv.Text(countryColumn)),
                name));

            if (compute is { } flop && published is { } date)
            {
                batch.Observations.Add(new Observation(EpochMetrics.TrainingCompute.Id, key, date, flop));
            }
        }

        if (unnamed > 0)
        {
            batch.Notes.Add($"rows without a model name, skipped: {unnamed}");
        }

        if (repeated.Count > 0)
        {
            batch.Notes.Add($"rows repeating an earlier row's normalized name, skipped: {repeated.Count} ({string.Join(", ", repeated.Take(5))})");
        }

        return batch;
    }

    private static string? RepositoryOf(string fileName) => fileName switch
    {
        "notable_ai_models.csv" => EpochSources.NotableCopy,
        "All ML Systems - full view.csv" => EpochSources.ChinaAiTrends,
        "ML Systems-Org view.csv" => EpochSources.OpenModelTrends,
        _ => null,
    };
}
