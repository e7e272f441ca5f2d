using System.Globalization;
using AiRace.Core.Domain;
using AiRace.Sources.Attribution;
using AiRace.Sources.Files;
using CsvHelper;

namespace AiRace.Sources.Tests;

public sealed class BundledModelOrganizationsTests
{
    [Fact]
    public void Every_credited_organization_is_in_the_bundled_organizations_table()
    {
        Assert.NotEmpty(BundledModelOrganizations.All);
        Assert.All(BundledModelOrganizations.All, kv =>
            Assert.True(BundledOrganizations.Table.Find(kv.Value.Organization) is { Country.Length: 2 },
                $"'{kv.Key}' is credited to '{kv.Value.Organization}', which the organizations table does not resolve to a country"));
    }

    [Fact]
    public void Keys_are_normalized_and_every_row_cites_an_https_source()
    {
        using var stream = typeof(BundledModelOrganizations).Assembly.GetManifestResourceStream("AiRace.Sources.Resources.model-organizations.csv")!;
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Select(r => (IDictionary<string, object>)r).ToList();

        Assert.Equal(rows.Count, rows.Select(r => (string)r["key"]).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, r =>
        {
            Assert.Equal(ModelKeys.Normalize((string)r["key"]), (string)r["key"]);
            Assert.StartsWith("https://", (string)r["source_url"], StringComparison.Ordinal);
            Assert.Contains((string)r["openness"], new[] { "open", "closed", "unknown" });
        });
    }

    [Fact]
    public void Leaderboard_models_no_file_credits_get_their_lab()
    {
        Assert.Equal(("Alibaba", Openness.Closed), BundledModelOrganizations.Find("qwen-max-2025-08-15"));
        Assert.Null(BundledModelOrganizations.Find("no-such-model"));
    }
}
