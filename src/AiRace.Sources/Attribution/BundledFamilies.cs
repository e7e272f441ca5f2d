using System.Globalization;
using AiRace.Core.Adoption;
using CsvHelper;

namespace AiRace.Sources.Attribution;

/// <summary>
/// The bundled, hand-curated model families (<c>Resources/model-families.csv</c>: family, lab, repository prefixes, name
/// prefixes of re-uploads, source URL).
/// </summary>
public static class BundledFamilies
{
    private static readonly Lazy<ModelFamilies> Lazy = new(() => Parse(BundledResources.Open("model-families.csv")));

    /// <summary>The bundled table, parsed once.</summary>
    public static ModelFamilies Table => Lazy.Value;

    /// <summary>Parses a table in the bundled format: <c>family,lab,hub_prefixes,name_prefixes,source_url</c> ('|' between prefixes).</summary>
    public static ModelFamilies Parse(TextReader reader)
    {
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rules = new List<FamilyRule>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rules.Add(new FamilyRule(
                csv.GetField("family")!.Trim(), csv.GetField("lab")!.Trim(), BundledResources.Split(csv.GetField("hub_prefixes")),
                BundledResources.Split(csv.GetField("name_prefixes")), csv.GetField("source_url")!.Trim()));
        }

        return new ModelFamilies(rules);
    }
}
