using System.Globalization;
using AiRace.Core.Attribution;
using CsvHelper;

namespace AiRace.Sources.Attribution;

/// <summary>Loads the bundled, hand-curated organizations table (<c>Resources/organizations.csv</c>).</summary>
public static class BundledOrganizations
{
    private static readonly Lazy<OrganizationDirectory> Directory = new(() => Parse(OpenResource()));

    /// <summary>The bundled table, parsed once.</summary>
    public static OrganizationDirectory Table => Directory.Value;

    /// <summary>Parses a table in the bundled format: <c>name,aliases,country,hq_source_url,hf_namespaces,openrouter_namespaces,note</c>.</summary>
    public static OrganizationDirectory Parse(TextReader reader)
    {
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var entries = new List<OrganizationEntry>();
        foreach (var row in csv.GetRecords<Row>())
        {
            entries.Add(new OrganizationEntry(
                row.name.Trim(), Split(row.aliases), row.country.Trim(), row.hq_source_url.Trim(),
                Split(row.hf_namespaces), Split(row.openrouter_namespaces), string.IsNullOrWhiteSpace(row.note) ? null : row.note));
        }

        return new OrganizationDirectory(entries);
    }

    private static StreamReader OpenResource()
    {
        var stream = typeof(BundledOrganizations).Assembly.GetManifestResourceStream("AiRace.Sources.Resources.organizations.csv")
            ?? throw new InvalidOperationException("The bundled organizations table is missing from the build.");
        return new StreamReader(stream);
    }

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

#pragma warning disable IDE1006, CA1812 // CsvHelper maps the header names onto these properties.
    private sealed class Row
    {
        public string name { get; set; } = string.Empty;

        public string? aliases { get; set; }

        public string country { get; set; } = string.Empty;

        public string hq_source_url { get; set; } = string.Empty;

        public string? hf_namespaces { get; set; }

        public string? openrouter_namespaces { get; set; }

        public string? note { get; set; }
    }
#pragma warning restore IDE1006, CA1812
}
