using AiRace.Core;
using AiRace.Core.Attribution;
using AiRace.Sources.Files;

namespace AiRace.Sources.Attribution;

/// <summary>Reads a user's override CSV: columns <c>organization,country</c> (ISO alpha-2).</summary>
public static class AttributionOverrides
{
    public static IReadOnlyList<KeyValuePair<string, string>> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new AiRaceException(ErrorKind.Usage, $"The attribution file '{path}' does not exist. Pass a CSV with columns organization,country.");
        }

        var list = new List<KeyValuePair<string, string>>();
        using var csv = new CsvRows(path);
        csv.Require("organization", "country");
        while (csv.Read())
        {
            var org = csv.RequiredText("organization");
            var text = csv.RequiredText("country");
            var code = CountryCodes.FromIso(text) ?? CountryCodes.FromName(text)
                ?? throw csv.Bad("country", text, "an ISO 3166-1 alpha-2 code such as US or CN");
            list.Add(new(org, code));
        }

        return list;
    }
}
