using System.Text.Json;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// lmarena/arena-catalog <c>scatterplot-data.json</c>: an array of models with <c>name</c> (display), <c>model_api_name</c>
/// (the LMArena key), <c>organization</c> and <c>license</c>. Models only, no scores; the display name is recorded as an
/// alias of the key, so key-less boards that print it join the same model.
/// </summary>
internal sealed class LmArenaCatalogModelsImporter : IFileImporter
{
    public const string Attribution =
        "LMArena model list with organizations and licences, from lmarena/arena-catalog (published by LMArena); LMArena's terms apply.";

    public string Kind => "lmarena-catalog-models";

    public bool CanRead(FileProbe probe) => probe.FileName == "scatterplot-data.json";

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, Attribution) { AliasScope = LmArenaModelKeys.Scope };
        using var json = JsonFile.Open(probe);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in json.Expect(json.Root, JsonValueKind.Array, "$").EnumerateArray())
        {
            var path = "$" + JsonFile.Index(i++);
            json.Expect(item, JsonValueKind.Object, path);
            var id = json.Text(item, "model_api_name", path);
            var name = json.OptionalText(item, "name", path);
            var key = LmArenaModelKeys.Resolve(id);
            batch.Aliases.AddRange(LmArenaModelKeys.Aliases(key, name));
            if (seen.Add(key))
            {
                batch.Models.Add(new ModelRecord(
                    key, name ?? id, json.OptionalText(item, "organization", path), null,
                    LicenseOpenness.FromLicense(json.OptionalText(item, "license", path)), null, id));
            }
        }

        return batch;
    }
}
