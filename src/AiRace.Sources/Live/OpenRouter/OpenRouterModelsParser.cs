using System.Globalization;
using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Sources.Live.OpenRouter;

/// <summary>
/// Reads an OpenRouter <c>/api/v1/models</c> body into catalog models (organization from the slug's namespace, open when a
/// Hugging Face id is given) and prompt and completion prices per million tokens, dated by the snapshot date.
/// File importers of saved catalogs can reuse it.
/// </summary>
public static class OpenRouterModelsParser
{
    public const string Attribution = "OpenRouter models API (openrouter.ai/api/v1/models): catalog and list prices on the snapshot date.";

    /// <summary>Parses the body; returns the batch and the next page named by <c>links.next</c>, if any.</summary>
    public static (ImportBatch Batch, string? Next) Read(Stream json, string sourceKind, DateOnly snapshotDate, OrganizationDirectory organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        OpenRouterModelsJson? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.OpenRouterModelsJson);
        }
        catch (JsonException ex)
        {
            throw Live.SourceRun.BadJson(ex);
        }

        if (doc?.Data is null)
        {
            throw new AiRaceException(ErrorKind.BadData, "no 'data' array (expected { \"data\": [ … ] })");
        }

        var batch = new ImportBatch(sourceKind, Attribution);
        batch.Metrics.AddRange([KnownMetrics.OpenRouterPromptPrice, KnownMetrics.OpenRouterCompletionPrice]);
        foreach (var m in doc.Data)
        {
            if (string.IsNullOrWhiteSpace(m.Id))
            {
                continue;
            }

            var slug = string.IsNullOrWhiteSpace(m.CanonicalSlug) ? m.Id : m.CanonicalSlug;
            var key = ModelKeys.Normalize(slug);
            var hf = string.IsNullOrWhiteSpace(m.HuggingFaceId) ? null : m.HuggingFaceId.Trim();
            batch.Models.Add(new ModelRecord(
                key, m.Name ?? m.Id, Organization(m.Id, organizations), null, hf is null ? Openness.Unknown : Openness.Open, null, m.Id, hf, m.Id));
            Price(batch, KnownMetrics.OpenRouterPromptPrice.Id, key, snapshotDate, m.Pricing?.Prompt);
            Price(batch, KnownMetrics.OpenRouterCompletionPrice.Id, key, snapshotDate, m.Pricing?.Completion);
        }

        return (batch, doc.Links?.Next);
    }

    /// <summary>The organization of a slug: the bundled table's name for its namespace, else the namespace itself.</summary>
    public static string? Organization(string slug, OrganizationDirectory organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var slash = slug.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var ns = slug[..slash];
        return organizations.FindByOpenRouterNamespace(ns)?.Name ?? ns;
    }

    private static void Price(ImportBatch batch, string metric, string key, DateOnly date, string? perToken)
    {
        // "-1" marks a variable price (routers); anything unparsable is left out rather than guessed.
        if (double.TryParse(perToken, NumberStyles.Float, CultureInfo.InvariantCulture, out var price) && price >= 0 && double.IsFinite(price))
        {
            batch.Observations.Add(new Observation(metric, key, date, Math.Round(price * 1_000_000, 6)));
        }
    }
}
