using AiRace.Core.Domain;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class EpochEciImporterTests
{
    private const string File = "epoch-benchmark-stitching/epoch_capabilities_index.csv";

    // python3 csv on the file: 426 rows (all distinct `Model version`), 142 with an ECI Score, all of them dated,
    // release dates 2023-02-24 → 2025-09-29. The shared-data README gives the same figures.
    [RealDataFact]
    public void Every_row_is_a_model_and_the_142_scored_rows_are_release_dated_observations()
    {
        var (importer, batch) = SharedFileImport.Read(File);

        Assert.IsType<Files.EpochEciImporter>(importer);
        Assert.Equal(426, batch.Models.Count);
        Assert.Equal(142, batch.Observations.Count);
        Assert.All(batch.Observations, o => Assert.Equal("epoch-eci", o.MetricId));
        Assert.Equal(MetricKind.ReleaseDated, Assert.Single(batch.Metrics).Kind);
        Assert.Equal(new DateOnly(2023, 2, 24), batch.Observations.Min(o => o.Date));
        Assert.Equal(new DateOnly(2025, 9, 29), batch.Observations.Max(o => o.Date));
    }

    [RealDataFact]
    public void The_reference_values_hold_top_overall_and_best_chinese()
    {
        var (_, batch) = SharedFileImport.Read(File);

        var top = batch.Observations.MaxBy(o => o.Score)!;
        Assert.Equal("gpt-5-2025-08-07-medium", top.ModelKey);
        Assert.Equal(150.0, top.Score, 1);
        var cn = SharedFileImport.BestOf(batch, "epoch-eci", "CN");
        Assert.Equal("qwen3-max-2025-09-23", cn.ModelKey);
        Assert.Equal(140.8, cn.Score, 1);
    }

    [RealDataFact]
    public void Countries_accessibility_and_joint_organizations_come_through_as_written()
    {
        var (_, batch) = SharedFileImport.Read(File);
        var scored = batch.Observations.Select(o => o.ModelKey).ToHashSet(StringComparer.Ordinal);
        var models = batch.Models.Where(m => scored.Contains(m.Key)).ToList();

        // python3: among scored rows, Country is China on 24 and USA on 87; API access on 72; Open weights (…) on 29+29+8.
        Assert.Equal(24, models.Count(m => m.SourceCountry == "CN"));
        Assert.Equal(87, models.Count(m => m.SourceCountry == "US"));
        Assert.Equal(66, models.Count(m => m.Openness == Openness.Open));
        // "United Kingdom…,United States of America" (Google DeepMind) is multi-country: no source country.
        Assert.Null(batch.Models.Single(m => m.Key == "gemini-2.5-pro").SourceCountry);
        Assert.Contains(batch.Models, m => m.Organization == "DeepSeek,Peking University");
    }
}
