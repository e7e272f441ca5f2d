using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Sources.Files;

/// <summary>
/// Epoch's <c>organizations.csv</c>: <c>Organization, Country, Info, Organization categorization, All ML Systems</c>.
/// One <see cref="OrganizationRecord"/> per organization (origin <c>epoch</c>), its name trimmed (a few carry stray spaces),
/// its country an ISO code when every listed country is the same one, else null (multi-country, <c>Multinational</c>, blank).
/// </summary>
internal sealed class EpochOrganizationsImporter : IFileImporter
{
    public const string Origin = "epoch";

    public string Kind => "epoch-organizations";

    public bool CanRead(FileProbe probe) => probe.FirstLine.StartsWith("Organization,Country,", StringComparison.Ordinal);

    public ImportBatch Read(FileProbe probe)
    {
        var batch = new ImportBatch(Kind, EpochSources.Attribution(EpochSources.NotableCopy));
        using var csv = new CsvRows(probe.Path);
        csv.Require("Organization", "Country");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = 0;
        while (csv.Read())
        {
            var name = csv.RequiredText("Organization");
            if (!seen.Add(OrganizationNames.Key(name)))
            {
                repeated++;
                continue;
            }

            batch.Organizations.Add(new OrganizationRecord(name, CountryCodes.FromName(csv.Text("Country")), Origin));
        }

        if (repeated > 0)
        {
            batch.Notes.Add($"repeated organization names, skipped (first row kept): {repeated}");
        }

        return batch;
    }
}
