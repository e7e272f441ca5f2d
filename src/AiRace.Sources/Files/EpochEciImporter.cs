using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Epoch's <c>epoch_capabilities_index.csv</c> (benchmark-stitching): one row per model version with <c>ECI Score</c>,
/// <c>Release date</c>, <c>Organization</c>, <c>Country</c>, <c>Model accessibility</c>, <c>Model name</c>, <c>Display name</c>.
/// Every row is a model (key = normalized <c>Model version</c>, the id Epoch's run files use); scored rows are
/// <c>epoch-eci</c> observations dated by release. The organization is kept as written (<c>DeepSeek,Peking University</c>)
/// for the attribution policy to resolve; a blank or multi-country <c>Country</c> gives no source country.
/// </summary>
internal sealed class EpochEciImporter : IFileImporter
{
    public string Kind => "epoch-eci";

    public bool CanRead(FileProbe probe) => probe.FirstLine.StartsWith("Model version,ECI Score,", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, EpochSources.Attribution(EpochSources.BenchmarkStitching));
        batch.Metrics.Add(KnownMetrics.EpochEci);
        using var csv = new CsvRows(probe.Path);
        csv.Require("Model version", "ECI Score", "Release date", "Organization", "Country", "Model accessibility", "Model name");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var undated = 0;
        var repeated = 0;
        while (csv.Read())
        {
            var version = csv.RequiredText("Model version");
            var key = ModelKeys.Normalize(version);
            var released = csv.Date("Release date");
            var score = csv.Number("ECI Score");
            if (!seen.Add(key))
            {
                repeated++;
                continue;
            }

            batch.Models.Add(new ModelRecord(
                key,
                // 'Model name' is Epoch's family name (gemini-exp-1206 is filed under "Gemini 2.0 Flash"), so without a
                // display name the version id itself names the model.
                csv.Text("Display name") ?? version,
                csv.Text("Organization"),
                released,
                EpochAccessibility.ToOpenness(csv.Text("Model accessibility")),
                CountryCodes.FromName(csv.Text("Country")),
                version));

            if (score is not { } eci)
            {
                continue;
            }

            if (released is not { } date)
            {
                undated++;
                continue;
            }

            batch.Observations.Add(new Observation(KnownMetrics.EpochEci.Id, key, date, eci));
        }

        if (undated > 0)
        {
            batch.Notes.Add($"scored rows without a release date, skipped: {undated}");
        }

        if (repeated > 0)
        {
            batch.Notes.Add($"repeated model versions, skipped (first row kept): {repeated}");
        }

        return batch;
    }
}
