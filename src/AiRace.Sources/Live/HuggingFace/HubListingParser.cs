using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;

namespace AiRace.Sources.Live.HuggingFace;

/// <summary>
/// Reads a Hugging Face Hub <c>/api/models</c> listing (a JSON array; see https://huggingface.co/docs/hub/api, "GET /api/models")
/// into <see cref="HubModelSnapshot"/> rows, streaming element by element. Live updates and file importers share it.
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
    public static IEnumerable<HubModelSnapshot> Read(Stream json, DateOnly snapshotDate, string? baseModel = null, string? relation = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var e = JsonSerializer.DeserializeAsyncEnumerable(json, HubListingJsonContext.Default.HubModelJson).ToBlockingEnumerable().GetEnumerator();
        var index = 0;
        while (true)
        {
            HubModelJson? item;
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
    public static IEnumerable<HubModelSnapshot> Read(ReadOnlyMemory<byte> json, DateOnly snapshotDate, string? baseModel = null, string? relation = null)
    {
        List<HubModelJson?>? items;
        try
        {
            items = JsonSerializer.Deserialize(json.Span, HubListingJsonContext.Default.ListHubModelJson);
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

    private static HubModelSnapshot ToSnapshot(HubModelJson m, DateOnly date, string? baseModel, string? relation, int index)
    {
        var id = m.Id ?? m.ModelId ?? throw new AiRaceException(ErrorKind.BadData, $"element {index + 1} of the listing has no 'id'");
        var tags = m.Tags ?? [];
        var (parent, rel) = Lineage(tags, baseModel, relation);
        parent ??= m.CardData?.BaseModel;
        var license = m.CardData?.License ?? TagValue(tags, "license:");
        var author = m.Author ?? (id.Contains('/', StringComparison.Ordinal) ? id[..id.IndexOf('/', StringComparison.Ordinal)] : null);
        return new HubModelSnapshot(
            date, id, author, m.Downloads, m.DownloadsAllTime, m.Likes, m.CreatedAt, m.PipelineTag, m.LibraryName, license,
            parent, rel, m.Safetensors?.Total, tags);
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

    private static string? TagValue(List<string> tags, string prefix) =>
        tags.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.Ordinal)) is { } t ? t[prefix.Length..] : null;
}
