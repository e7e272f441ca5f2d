using AiRace.Core.Domain;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class EpochCatalogImporterTests
{
    // Expected counts from python3 (csv module, BOM-aware, with the same key rule as ModelKeys.Normalize, first row per key
    // kept): models = named rows with distinct keys; observations = kept rows with both a training compute and a date.
    [RealDataTheory]
    [InlineData("epoch-notable-vinodgeorge24/notable_ai_models.csv", 924, 467)]
    [InlineData("epoch-china-ai-trends/All ML Systems - full view.csv", 2_077, 861)]
    [InlineData("epoch-open-model-trends/ML Systems-Org view.csv", 1_645, 735)]
    public void Each_catalog_gives_models_and_training_compute(string file, int models, int observations)
    {
        var (importer, batch) = SharedFileImport.Read(file);

        Assert.IsType<Files.EpochCatalogImporter>(importer);
        Assert.Equal(models, batch.Models.Count);
        Assert.Equal(observations, batch.Observations.Count);
        Assert.All(batch.Observations, o => Assert.Equal("epoch-training-compute", o.MetricId));
        var metric = Assert.Single(batch.Metrics);
        Assert.Equal(("FLOP", true, MetricKind.ReleaseDated), (metric.Unit, metric.HigherIsBetter, metric.Kind));
    }

    [RealDataFact]
    public void A_notable_model_has_its_date_organization_country_openness_and_compute()
    {
        var (_, batch) = SharedFileImport.Read("epoch-notable-vinodgeorge24/notable_ai_models.csv");

        // The file's row: GPT-4o, 2024-05-13, OpenAI, United States of America, API access, 3.810001e+25 FLOP.
        var gpt4o = batch.Models.Single(m => m.Key == "gpt-4o");
        Assert.Equal(("OpenAI", "US", Openness.Closed, new DateOnly(2024, 5, 13)), (gpt4o.Organization, gpt4o.SourceCountry, gpt4o.Openness, gpt4o.ReleaseDate));
        Assert.Equal(3.810001e25, batch.Observations.Single(o => o.ModelKey == "gpt-4o").Score, 1e19);
    }

    [RealDataFact]
    public void The_same_model_in_two_catalogs_gets_the_same_key()
    {
        var (_, notable) = SharedFileImport.Read("epoch-notable-vinodgeorge24/notable_ai_models.csv");
        var (_, full) = SharedFileImport.Read("epoch-china-ai-trends/All ML Systems - full view.csv");

        var shared = notable.Models.Select(m => m.Key).Intersect(full.Models.Select(m => m.Key), StringComparer.Ordinal).ToList();
        Assert.Contains("gpt-4o", shared);
        Assert.Equal(877, shared.Count); // python3: normalized `Model` names present in both files.
    }

    [RealDataFact]
    public void The_older_accessibility_words_of_open_model_trends_map_to_open_and_closed()
    {
        var (_, batch) = SharedFileImport.Read("epoch-open-model-trends/ML Systems-Org view.csv");

        // python3 on the file: 318 "Open source" + 91 + 73 "Open access (…)" rows; 461 + 58 + 28 unreleased/API/hosted.
        // The one row dropped as a repeated key (CaLM after CALM) has a blank accessibility.
        Assert.Equal(318 + 91 + 73, batch.Models.Count(m => m.Openness == Openness.Open));
        Assert.Equal(461 + 58 + 28, batch.Models.Count(m => m.Openness == Openness.Closed));
    }
}
