using System.Globalization;
using System.Text.RegularExpressions;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// A saved Hugging Face <c>/api/models</c> listing: a JSON array (as the API returns a page) or JSON lines (one record per
/// line, for large listings). The store reads it with DuckDB's JSON reader inside the import transaction (the same rules as
/// <see cref="Hub.HubModelsJsonReader"/>). The snapshot date is the folder's name when it is a date, else a
/// <c>YYYY-MM-DD</c> in the file name, else the file's last-modified day (UTC).
/// </summary>
internal sealed partial class HubModelsJsonImporter : IFileImporter
{
    public const string Attribution = "Hugging Face Hub model listing (/api/models); the Hugging Face Hub's terms apply.";

    public string Kind => "hf-api-models";

    public bool CanRead(FileProbe probe)
    {
        var head = JsonHead.Of(probe);
        var start = head.TrimStart();
        return (start.StartsWith('[') || start.StartsWith('{'))
               && (JsonHead.HasKeys(head, "id") || JsonHead.HasKeys(head, "modelId"))
               && (JsonHead.HasKeys(head, "modelId") || JsonHead.HasKeys(head, "downloads") || JsonHead.HasKeys(head, "likes") || JsonHead.HasKeys(head, "pipeline_tag"))
               && !JsonHead.HasKeys(head, "repoData") && !JsonHead.HasKeys(head, "models") && !JsonHead.HasKeys(head, "meta");
    }

    public ImportBatch Read(FileProbe probe)
    {
        var jsonLines = !JsonHead.Of(probe).TrimStart().StartsWith('[');
        var date = SnapshotDate(probe);
        if (TextEncodings.HasUtf8Bom(probe.Path) || TextEncodings.Wide(probe.Path) is not null)
        {
            // DuckDB's JSON reader refuses a byte-order mark: such files are streamed through the same rules in .NET instead.
            return new ImportBatch(Kind, Attribution) { HubModels = Streamed(probe, date, jsonLines) };
        }

        return new ImportBatch(Kind, Attribution) { HubModelsFile = new HubModelsJsonFile(probe.Path, date, jsonLines) };
    }

    private static IEnumerable<HubModelRecord> Streamed(FileProbe probe, DateOnly date, bool jsonLines)
    {
        using var stream = TextEncodings.OpenUtf8(probe.Path);
        foreach (var record in Hub.HubModelsJsonReader.Read(stream, date, jsonLines, probe.FileName))
        {
            yield return record;
        }
    }

    /// <summary>The folder date, else a date in the file name, else the file's last-modified day (UTC).</summary>
    public static DateOnly SnapshotDate(FileProbe probe)
    {
        if (probe.FolderDate is { } folder)
        {
            return folder;
        }

        var m = DateInName().Match(probe.FileName);
        if (m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var named))
        {
            return named;
        }

        return DateOnly.FromDateTime(File.GetLastWriteTimeUtc(probe.Path));
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex DateInName();
}
