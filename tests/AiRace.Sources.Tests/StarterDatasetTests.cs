using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Sources.Starter;
using AiRace.Store;

namespace AiRace.Sources.Tests;

public sealed class StarterDatasetTests
{
    [Fact]
    public void Reads_the_bundled_models_and_scores_with_their_countries_and_release_dates()
    {
        var batch = StarterDataset.Read();

        // Counted in the two CSVs with python3 (csv.DictReader): 78 models (US 44, CN 24, 10 elsewhere), 131 scores.
        Assert.Equal(78, batch.Models.Count);
        Assert.Equal(44, batch.Models.Count(m => m.SourceCountry == "US"));
        Assert.Equal(24, batch.Models.Count(m => m.SourceCountry == "CN"));
        Assert.Equal(131, batch.Observations.Count);
        Assert.Equal(["starter-gpqa-diamond", "starter-mmlu", "starter-mmlu-pro"], batch.Metrics.Select(m => m.Id).Order());
        Assert.All(batch.Metrics, m => Assert.Equal(MetricKind.ReleaseDated, m.Kind));
        Assert.All(batch.Models, m => Assert.NotNull(m.ReleaseDate));
        Assert.All(batch.Models, m => Assert.NotEqual(Openness.Unknown, m.Openness));
        var releases = batch.Models.ToDictionary(m => m.Key, m => m.ReleaseDate);
        Assert.All(batch.Observations, o => Assert.Equal(releases[o.ModelKey], o.Date));
        Assert.Equal("starter", batch.SourceKind);
        Assert.Equal("AiRace starter dataset, hand-curated from public announcements; a source URL on every row", batch.Attribution);
    }

    [Fact]
    public void Loads_into_a_store_once()
    {
        using var store = AiRaceStore.Open(":memory:");

        var first = StarterDataset.LoadInto(store);
        var second = StarterDataset.LoadInto(store);

        Assert.False(first.AlreadyImported);
        Assert.True(second.AlreadyImported);
        Assert.Single(store.Imports());
        Assert.Equal([StarterDataset.Attribution], store.Attributions("starter-gpqa-diamond"));
    }

    [Fact]
    public void The_starter_GPQA_frontiers_match_the_hand_checked_leaders()
    {
        using var store = AiRaceStore.Open(":memory:");
        StarterDataset.LoadInto(store);
        var catalog = store.Catalog(new CountryAttribution(new OrganizationDirectory([])));
        var metric = store.FindMetric("starter-gpqa-diamond")!;
        var observations = store.Observations(metric.Id);

        var us = Frontier.Compute(metric, observations, catalog, GroupSpec.Parse("US"));
        var cn = Frontier.Compute(metric, observations, catalog, GroupSpec.Parse("CN"));

        // python3 over starter-scores.csv joined to starter-models.csv: best US GPQA Diamond is gemini-3-pro 91.9
        // (released 2025-11-18), best CN is kimi-k2-thinking 84.5 (2025-11-06).
        Assert.Equal(("gemini-3-pro", 91.9), (us.Points[^1].ModelKey, us.Points[^1].Score));
        Assert.Equal(new DateOnly(2025, 11, 18), us.Points[^1].Date);
        Assert.Equal(("kimi-k2-thinking", 84.5), (cn.Points[^1].ModelKey, cn.Points[^1].Score));
        Assert.Equal(0, us.UnplacedModels);
    }
}
