using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// <c>hf-trending-park-onezero/&lt;date&gt;/trending_cache.json</c>: <c>{ "&lt;owner/name&gt;": { repoType, repoData: {…} } }</c>, the
/// Hub's trending list (top 10). The key order is the trending rank; the folder name is the snapshot date (there is no date
/// inside). Downloads are the Hub's 30-day count. Entries that are not models are skipped.
/// </summary>
internal sealed class HfTrendingImporter : IFileImporter
{
    public const string Attribution =
        "Hugging Face Hub trending list, via park-onezero/daily-hf-trending; the Hugging Face Hub's terms apply.";

    public string Kind => "hf-trending";

    public bool CanRead(FileProbe probe)
    {
        var head = JsonHead.Of(probe);
        return head.StartsWith('{') && JsonHead.HasKeys(head, "repoData") && head.Contains("\"repoType\"", StringComparison.Ordinal);
    }

    public ImportBatch Read(FileProbe probe)
    {
        var date = probe.FolderDate ?? throw new AiRaceException(
            ErrorKind.BadData,
            $"Cannot read '{probe.Path}': a trending list has no date inside, and its folder '{probe.ParentFolder}' is not a date. Put it in a folder named by its snapshot date (YYYY-MM-DD) and import again.");
        var batch = new ImportBatch(Kind, Attribution);
        var rows = new List<HubModelRecord>();
        var doc = JsonDocuments.Parse(probe.Path, probe.FileName);

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Bad(probe, "$", doc.RootElement, "an object of repositories");
            }

            var rank = 0;
            foreach (var entry in doc.RootElement.EnumerateObject())
            {
                var path = "$" + JsonFile.Step(entry.Name);
                if (entry.Value.ValueKind != JsonValueKind.Object)
                {
                    throw Bad(probe, path, entry.Value, "an object with repoType and repoData");
                }

                var type = entry.Value.TryGetProperty("repoType", out var t) && t.ValueKind != JsonValueKind.Null
                    ? (t.ValueKind == JsonValueKind.String ? t.GetString() : throw Bad(probe, path + ".repoType", t, "a string such as \"model\""))
                    : null;
                if (type is not (null or "model") || !entry.Value.TryGetProperty("repoData", out var data) || data.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                rank++;
                var id = String(data, "id") ?? entry.Name;
                var slash = id.IndexOf('/', StringComparison.Ordinal);
                batch.HubTrending.Add(new HubTrendingEntry(date, rank, id));
                rows.Add(new HubModelRecord(
                    date, id, String(data, "author") ?? (slash > 0 ? id[..slash] : null),
                    Long(probe, id, data, "downloads"), null, Long(probe, id, data, "likes"), null,
                    String(data, "pipeline_tag"), null, null, null, null, Long(probe, id, data, "numParameters"), null));
            }
        }

        batch.HubModels = rows;
        return batch;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static AiRaceException Bad(FileProbe probe, string path, JsonElement value, string expected)
    {
        return new(ErrorKind.BadData, $"Cannot read '{probe.FileName}' at {path}: the value is {JsonFile.OneLine(value.GetRawText())}, expected {expected}. Fix or remove that entry and import again.");
    }

    private static long? Long(FileProbe probe, string id, JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)
            ? n
            : throw new AiRaceException(ErrorKind.BadData, $"Cannot read '{probe.FileName}': '{id}' has {name} {JsonFile.OneLine(v.GetRawText())}, expected a whole number. Fix that entry and import again.");
    }
}
