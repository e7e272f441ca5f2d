using System.Globalization;
using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Sources.Live.OpenRouter;

/// <summary>
/// Reads the OpenRouter Data API's daily rankings (top 50 models per UTC day plus one <c>other</c> row) into
/// <c>openrouter-daily-tokens</c> observations dated by each row's day, and the citation OpenRouter requires, built from
/// the response's <c>meta</c> block: "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}." (CC BY 4.0).
/// </summary>
public static class OpenRouterRankingsParser
{
    /// <summary>The model key of the row summing every model outside a day's top 50.</summary>
    public const string OtherKey = "other";

    /// <summary>Parses the body into a batch whose attribution carries the citation and the meta block.</summary>
    public static ImportBatch Read(Stream json, string sourceKind, OrganizationDirectory organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        OpenRouterRankingsJson? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.OpenRouterRankingsJson);
        }
        catch (JsonException ex)
        {
            throw Live.SourceRun.BadJson(ex);
        }

        if (doc?.Data is null || doc.Meta is null)
        {
            throw new AiRaceException(ErrorKind.BadData, "no 'data' array or no 'meta' block (expected { \"data\": [ … ], \"meta\": { \"as_of\": … } })");
        }

        var batch = new ImportBatch(sourceKind, Citation(doc.Meta));
        batch.Metrics.Add(KnownMetrics.OpenRouterDailyTokens);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;
        foreach (var r in doc.Data)
        {
            row++;
            if (string.IsNullOrWhiteSpace(r.ModelPermaslug))
            {
                continue;
            }

            if (!DateOnly.TryParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new AiRaceException(ErrorKind.BadData, $"row {row} has date '{r.Date}', expected YYYY-MM-DD");
            }

            if (!long.TryParse(r.TotalTokens, NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens))
            {
                throw new AiRaceException(ErrorKind.BadData, $"row {row} has total_tokens '{r.TotalTokens}', expected a whole number");
            }

            var other = r.ModelPermaslug == OtherKey;
            var key = other ? OtherKey : ModelKeys.Normalize(r.ModelPermaslug);
            if (seen.Add(key))
            {
                batch.Models.Add(other
                    ? new ModelRecord(OtherKey, "Other models (outside OpenRouter's daily top 50)", null, null, Openness.Unknown, null, OtherKey)
                    : new ModelRecord(key, r.ModelPermaslug, OpenRouterModelsParser.Organization(r.ModelPermaslug, organizations), null, Openness.Unknown, null, r.ModelPermaslug, null, r.ModelPermaslug));
            }

            batch.Observations.Add(new Observation(KnownMetrics.OpenRouterDailyTokens.Id, key, date, tokens));
        }

        return batch;
    }

    private static string Citation(OpenRouterRankingsMetaJson meta) =>
        $"Source: OpenRouter (openrouter.ai/rankings), as of {meta.AsOf}. Licensed under CC BY 4.0. " +
        $"(Data API rankings-daily {meta.Version}, {meta.StartDate} to {meta.EndDate}.)";
}
