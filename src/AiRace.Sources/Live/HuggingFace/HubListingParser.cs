using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Sources.Hub;

namespace AiRace.Sources.Live.HuggingFace;

/// <summary>
/// Reads a Hugging Face Hub <c>/api/models</c> listing (a JSON array; see https://huggingface.co/docs/hub/api, "GET /api/models")
/// into <see cref="HubModelRecord"/> rows, streaming element by element, with the same JSON model and field mapping as the
/// file importer (<see cref="HubModelsJsonReader"/>); a derivative listing prefers the lineage tag it was filtered on.
/// </summary>
public static class HubListingParser
{
    /// <summary>The relations the Hub puts in <c>base_model:&lt;relation&gt;:&lt;id&gt;</c> tags.</summary>
    public static IReadOnlyList<string> Relations { get; } = ["finetune", "adapter", "quantized", "merge"];

    /// <summary>The date the Hub gives repositories created before it recorded creation times; it is not a creation date.</summary>
    public static readonly DateTimeOffset UnknownCreation = new(2022, 3, 2, 23, 29, 4, TimeSpan.Zero);

    /// <summary>
    /// Streams the listing in <paramref name="json"/>. When the listing was filtered on <paramref name="baseModel"/> (a derivative
    /// listing), the matching lineage tag is preferred. Throws <see cref="AiRaceException"/> (BadData) on malformed JSON.
    /// </summary>
    public static IEnumerable<HubModelRecord> Read(Stream json, DateOnly snapshotDate, string? baseModel = null, string? relation = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var e = JsonSerializer.DeserializeAsyncEnumerable(json, HubJsonContext.Default.HubApiModel).ToBlockingEnumerable().GetEnumerator();
        var index = 0;
        while (true)
        {
            HubApiModel? item;
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }

                item = e.Current;
            }
            catch (JsonException ex)
            {
                throw Live.SourceRun.BadJson(ex);
            }

            if (item is not null)
            {
                yield return ToSnapshot(item, snapshotDate, baseModel, relation, index);
            }

            index++;
        }
    }

    /// <summary>Reads a whole listing page held in memory (faster than streaming when the page is already buffered).</summary>
    public static IEnumerable<HubModelRecord> Read(ReadOnlyMemory<byte> json, DateOnly snapshotDate, string? baseModel = null, string? relation = null)
    {
        List<HubApiModel?>? items;
        try
        {
            items = JsonSerializer.Deserialize(json.Span, HubJsonContext.Default.ListHubApiModel);
        }
        catch (JsonException ex)
        {
            throw Live.SourceRun.BadJson(ex);
        }

        if (items is null)
        {
            throw new AiRaceException(ErrorKind.BadData, "the listing is 'null', expected a JSON array");
        }

        return items.Where(i => i is not null).Select((item, index) => ToSnapshot(item!, snapshotDate, baseModel, relation, index));
    }

    /// <summary>A repository's release date for the catalog: its creation date, unless it predates the Hub's records.</summary>
    public static DateOnly? ReleaseDate(DateTimeOffset? createdAt) =>
        createdAt is { } c && c > UnknownCreation ? DateOnly.FromDateTime(c.UtcDateTime) : null;

    private static HubModelRecord ToSnapshot(HubApiModel m, DateOnly date, string? baseModel, string? relation, int index)
    {
        var record = HubModelsJsonReader.ToRecord(m, date, "the Hub listing", index + 1);
        if (baseModel is null)
        {
            return record;
        }

        var (parent, rel) = Lineage(m.Tags ?? [], baseModel, relation);
        return parent is null ? record : record with { BaseModel = parent, BaseRelation = rel };
    }

    private static (string? Base, string? Relation) Lineage(List<string> tags, string? preferBase, string? preferRelation)
    {
        (string?, string?) first = (null, null);
        foreach (var tag in tags)
        {
            if (!tag.StartsWith("base_model:", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = tag["base_model:".Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Relations.Contains(rest[..colon]))
            {
                continue;
            }

            var found = (rest[(colon + 1)..], rest[..colon]);
            if (preferBase is not null && found.Item1 == preferBase && (preferRelation is null || found.Item2 == preferRelation))
            {
                return found;
            }

            if (first.Item1 is null)
            {
                first = found;
            }
        }

        return first;
    }

}
