using System.Globalization;
using AiRace.Core.Domain;
using CsvHelper;

namespace AiRace.Sources.Files;

/// <summary>
/// A hand-curated table (<c>Resources/model-organizations.csv</c>: key, organization, openness, source_url, note) for
/// leaderboard models that no source file credits to an organization. Each row cites a public page.
/// </summary>
internal static class BundledModelOrganizations
{
    private static readonly Lazy<Dictionary<string, (string Organization, Openness Openness)>> Table = new(Load);

    /// <summary>Every row, by model key.</summary>
    public static IReadOnlyDictionary<string, (string Organization, Openness Openness)> All => Table.Value;

    /// <summary>The organization and openness the table gives for a model key, or null.</summary>
    public static (string Organization, Openness Openness)? Find(string key) =>
        Table.Value.TryGetValue(key, out var v) ? v : null;

    private static Dictionary<string, (string, Openness)> Load()
    {
        using var stream = typeof(BundledModelOrganizations).Assembly.GetManifestResourceStream("AiRace.Sources.Resources.model-organizations.csv")
            ?? throw new InvalidOperationException("The bundled model-organizations table is missing from the build.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var map = new Dictionary<string, (string, Openness)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            map[ModelKeys.Normalize(csv.GetField("key")!)] = (csv.GetField("organization")!, OpennessNames.Parse(csv.GetField("openness")));
        }

        return map;
    }
}
