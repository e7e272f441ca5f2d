using System.Text.Json;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Namra7-x/lmarena-tracker <c>snapshot.json</c>, LMArena's model registry: an object keyed by arena UUID, each value with
/// <c>displayName</c> (the leaderboard name), <c>publicName</c>, optional <c>organization</c> and <c>capabilities</c>.
/// A catalog only (no scores): text models that name their organization, keyed by display name. Codenames
/// (<c>publicName</c>) are not recorded as aliases, since several variants share one display name.
/// </summary>
internal sealed class LmArenaModelListImporter : IFileImporter
{
    public const string Attribution =
        "LMArena model registry (names and labs), via Namra7-x/lmarena-tracker; the data is LMArena's and its terms apply.";

    public string Kind => "lmarena-model-list";

    public bool CanRead(FileProbe probe) =>
        probe.FileName == "snapshot.json" && FileHead.Read(probe.Path).Contains("\"displayName\"", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, Attribution) { AliasScope = LmArenaModelKeys.Scope };
        using var json = JsonFile.Open(probe);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in json.Expect(json.Root, JsonValueKind.Object, "$").EnumerateObject())
        {
            var path = "$" + JsonFile.Step(entry.Name);
            var item = json.Expect(entry.Value, JsonValueKind.Object, path);
            var organization = json.OptionalText(item, "organization", path);
            if (organization is null || !OutputsText(item))
            {
                continue;
            }

            var name = json.Text(item, "displayName", path);
            var key = LmArenaModelKeys.Resolve(name);
            if (seen.Add(key))
            {
                batch.Models.Add(new ModelRecord(key, name, organization, null, Openness.Unknown, null, entry.Name));
                batch.Aliases.AddRange(LmArenaModelKeys.Aliases(key, null));
            }
        }

        return batch;
    }

    private static bool OutputsText(JsonElement item) =>
        item.TryGetProperty("capabilities", out var c) && c.ValueKind == JsonValueKind.Object &&
        c.TryGetProperty("outputCapabilities", out var o) && o.ValueKind == JsonValueKind.Object &&
        o.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.True;
}
