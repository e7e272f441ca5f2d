using System.Globalization;
using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;

namespace AiRace.Sources.Live.ArtificialAnalysis;

/// <summary>
/// Reads the Artificial Analysis data API's language models into catalog models (creator, release date, the creator's
/// country when given) and <c>aa-intelligence-index</c> observations dated by release date. Models without a release date
/// or an index give no observation.
/// </summary>
public static class AaModelsParser
{
    /// <summary>The credit Artificial Analysis requires for data from its API.</summary>
    public const string Attribution = "Artificial Analysis (https://artificialanalysis.ai/), data API v2; attribution required by its terms of use.";

    public static ImportBatch Read(Stream json, string sourceKind)
    {
        AaModelsJson? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, AaJsonContext.Default.AaModelsJson);
        }
        catch (JsonException ex)
        {
            throw Live.SourceRun.BadJson(ex);
        }

        if (doc?.Data is null)
        {
            throw new AiRaceException(ErrorKind.BadData, "no 'data' array (expected { \"status\": 200, \"data\": [ … ] })");
        }

        var batch = new ImportBatch(sourceKind, Attribution);
        batch.Metrics.Add(KnownMetrics.AaIntelligenceIndex);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in doc.Data)
        {
            var id = m.Slug ?? m.Name;
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            var key = ModelKeys.Normalize(id);
            DateOnly? released = DateOnly.TryParseExact(m.ReleaseDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var country = m.ModelCreator?.Country is { Length: 2 } c ? c.ToUpperInvariant() : null;
            if (seen.Add(key))
            {
                batch.Models.Add(new ModelRecord(key, m.Name ?? id, m.ModelCreator?.Name, released, Openness.Unknown, country, m.Id ?? id));
            }

            if (released is { } date && m.Evaluations?.IntelligenceIndex is { } index && double.IsFinite(index))
            {
                batch.Observations.Add(new Observation(KnownMetrics.AaIntelligenceIndex.Id, key, date, index));
            }
        }

        return batch;
    }
}
