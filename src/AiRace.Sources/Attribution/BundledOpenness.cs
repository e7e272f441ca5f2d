using System.Globalization;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Core.Usage;
using CsvHelper;

namespace AiRace.Sources.Attribution;

/// <summary>
/// The bundled, hand-curated openness of OpenRouter models by slug prefix (<c>Resources/openrouter-openness.csv</c>:
/// slug_prefix, openness, source_url, note). Used when no imported catalog knows a slug.
/// </summary>
public static class BundledOpenness
{
    private static readonly Lazy<OpennessRules> Lazy = new(() => Parse(BundledResources.Open("openrouter-openness.csv")));

    /// <summary>The bundled table, parsed once.</summary>
    public static OpennessRules Rules => Lazy.Value;

    /// <summary>Parses a table in the bundled format.</summary>
    public static OpennessRules Parse(TextReader reader)
    {
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rules = new List<OpennessRule>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var text = csv.GetField("openness")?.Trim();
            var openness = OpennessNames.Parse(text);
            if (openness == Openness.Unknown)
            {
                throw new AiRaceException(ErrorKind.BadData, $"openrouter-openness.csv: openness '{text}' is neither 'open' nor 'closed'. Fix that row.");
            }

            rules.Add(new OpennessRule(csv.GetField("slug_prefix")!.Trim(), openness, csv.GetField("source_url")!.Trim()));
        }

        return new OpennessRules(rules);
    }
}
