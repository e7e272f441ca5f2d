using System.Globalization;
using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Adoption;
using AiRace.Core.Domain;
using AiRace.Sources.Files;

namespace AiRace.Sources.Hub;

/// <summary>
/// Streams Hugging Face <c>/api/models</c> records (a JSON array, as the API returns a page, or JSON lines) into
/// <see cref="HubModelRecord"/>s one at a time, applying <see cref="HubLineageTags"/>. For the live connector (one page
/// stream at a time) and files a user saved. Malformed JSON or a record without an id fails with the source name and line.
/// </summary>
public static class HubModelsJsonReader
{
    /// <param name="stream">The UTF-8 JSON; read lazily as the sequence is enumerated.</param>
    /// <param name="snapshotDate">The day the listing describes (the retrieval day).</param>
    /// <param name="jsonLines">True for one object per line; false for one array.</param>
    /// <param name="sourceName">Named in error messages (a file name or URL).</param>
    public static IEnumerable<HubModelRecord> Read(Stream stream, DateOnly snapshotDate, bool jsonLines, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var records = JsonSerializer.DeserializeAsyncEnumerable(stream, HubJsonContext.Default.HubApiModel, jsonLines).ToBlockingEnumerable();
        using var e = records.GetEnumerator();
        var index = 0;
        while (true)
        {
            HubApiModel? m;
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }

                m = e.Current;
            }
            catch (JsonException ex)
            {
                throw BadData.Malformed(sourceName, $"invalid /api/models JSON at line {(ex.LineNumber ?? 0) + 1} ({ex.Message})", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw BadData.Malformed(sourceName, $"record {index + 1} holds text that is not valid Unicode (a lone UTF-16 surrogate escape such as \\ud800)", ex);
            }

            index++;
            if (m is null)
            {
                continue;
            }

            yield return ToRecord(m, snapshotDate, sourceName, index);
        }
    }

    /// <summary>Maps one API record (the <paramref name="index"/>-th of <paramref name="sourceName"/>).</summary>
    internal static HubModelRecord ToRecord(HubApiModel m, DateOnly snapshotDate, string sourceName, int index)
    {
        var id = m.Id ?? m.ModelId ?? throw new AiRaceException(
            ErrorKind.BadData, $"Cannot read '{sourceName}': record {index} has no 'id' (nor 'modelId'). Is this a Hugging Face /api/models listing?");
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        var (baseModel, relation) = HubLineageTags.Base(id, m.Tags, m.CardData?.BaseModel);
        DateTimeOffset? created = m.CreatedAt is not null &&
            DateTimeOffset.TryParse(m.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var c)
                ? c
                : null;
        return new HubModelRecord(
            snapshotDate, id, m.Author ?? (slash > 0 ? id[..slash] : null), m.Downloads, m.DownloadsAllTime, m.Likes, created,
            m.PipelineTag, m.LibraryName, HubLineageTags.License(m.Tags, m.CardData?.License), baseModel, relation, m.Safetensors?.Total,
            m.Tags is { Count: > 0 } tags ? string.Join('|', tags) : null);
    }
}
