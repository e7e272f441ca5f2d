using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class EpochOrganizationsImporterTests
{
    // Figures checked with python3's csv module on organizations.csv (not with this code): 1,101 rows, no name repeated
    // after trimming; 299 rows whose countries are all China, 267 all United States of America; the shared-data README agrees.
    [RealDataFact]
    public void Reads_every_organization_with_its_country_code()
    {
        var (importer, batch) = SharedFileImport.Read("epoch-notable-vinodgeorge24/organizations.csv");

        Assert.IsType<Files.EpochOrganizationsImporter>(importer);
        Assert.Equal(1_101, batch.Organizations.Count);
        Assert.Empty(batch.Observations);
        Assert.Equal(299, batch.Organizations.Count(o => o.Country == "CN"));
        Assert.Equal(267, batch.Organizations.Count(o => o.Country == "US"));
        Assert.All(batch.Organizations, o => Assert.Equal("epoch", o.Origin));
        Assert.Contains("Epoch AI, CC BY 4.0", batch.Attribution, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_multi_country_organization_has_no_country()
    {
        var (_, batch) = SharedFileImport.Read("epoch-notable-vinodgeorge24/organizations.csv");

        // Google DeepMind: "United States of America,United Kingdom…,Multinational,Canada,France" in the file.
        Assert.Null(batch.Organizations.Single(o => o.Name == "Google DeepMind").Country);
    }

    [RealDataFact]
    public void Names_with_stray_spaces_are_trimmed()
    {
        var (_, batch) = SharedFileImport.Read("epoch-notable-vinodgeorge24/organizations.csv");

        // The file writes " Hewlett Packard Enterprise" and "Telecom Company " (python3: 6 such names).
        Assert.Contains(batch.Organizations, o => o.Name == "Hewlett Packard Enterprise");
        Assert.Contains(batch.Organizations, o => o.Name == "Telecom Company");
        Assert.All(batch.Organizations, o => Assert.Equal(o.Name.Trim(), o.Name));
    }
}
