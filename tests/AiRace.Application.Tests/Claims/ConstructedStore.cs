using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Tests.Claims;

/// <summary>
/// An in-memory store with known answers: two release-dated indices where the US (OpenAI) and China (DeepSeek) alternate.
/// <c>x-index</c>: US 50 on 2024-01-01, CN 50 on 2024-04-01 (3 months later), US 60 on 2024-07-01, CN 60 on 2025-01-01.
/// <c>y-index</c>: CN 70 on 2024-02-01, US 65 on 2024-03-01, so China leads it throughout.
/// <c>z-index</c>: the US releases a model 2 points better each month of 2024 while China stays at 45 (a widening gap);
/// <c>w-index</c>: the same with the roles swapped, China catching up from 30 on a US 70 (a narrowing gap).
/// </summary>
internal static class ConstructedStore
{
    public static AiRaceStore Open()
    {
        var store = AiRaceStore.Open(":memory:");
        var batch = new ImportBatch("test", "constructed");
        batch.Metrics.Add(new Metric("x-index", "X index", MetricKind.ReleaseDated, true, "pt", "constructed"));
        batch.Metrics.Add(new Metric("y-index", "Y index", MetricKind.ReleaseDated, true, "pt", "constructed"));
        batch.Metrics.Add(new Metric("z-index", "Z index", MetricKind.ReleaseDated, true, "pt", "constructed"));
        batch.Metrics.Add(new Metric("w-index", "W index", MetricKind.ReleaseDated, true, "pt", "constructed"));
        Model(batch, "us1", "OpenAI", new DateOnly(2024, 1, 1));
        Model(batch, "cn1", "DeepSeek", new DateOnly(2024, 4, 1));
        Model(batch, "us2", "OpenAI", new DateOnly(2024, 7, 1));
        Model(batch, "cn2", "DeepSeek", new DateOnly(2025, 1, 1));
        Model(batch, "cn3", "DeepSeek", new DateOnly(2024, 2, 1));
        Model(batch, "us3", "OpenAI", new DateOnly(2024, 3, 1));
        batch.Observations.Add(new Observation("x-index", "us1", new DateOnly(2024, 1, 1), 50));
        batch.Observations.Add(new Observation("x-index", "cn1", new DateOnly(2024, 4, 1), 50));
        batch.Observations.Add(new Observation("x-index", "us2", new DateOnly(2024, 7, 1), 60));
        batch.Observations.Add(new Observation("x-index", "cn2", new DateOnly(2025, 1, 1), 60));
        batch.Observations.Add(new Observation("y-index", "cn3", new DateOnly(2024, 2, 1), 70));
        batch.Observations.Add(new Observation("y-index", "us3", new DateOnly(2024, 3, 1), 65));
        for (var m = 1; m <= 12; m++)
        {
            var day = new DateOnly(2024, m, 1);
            Model(batch, $"usz{m}", "OpenAI", day);
            batch.Observations.Add(new Observation("z-index", $"usz{m}", day, 50 + (2 * m)));
            Model(batch, $"cnw{m}", "DeepSeek", day);
            batch.Observations.Add(new Observation("w-index", $"cnw{m}", day, 30 + (3 * m)));
        }

        Model(batch, "cnz", "DeepSeek", new DateOnly(2024, 1, 1));
        batch.Observations.Add(new Observation("z-index", "cnz", new DateOnly(2024, 1, 1), 45));
        Model(batch, "usw", "OpenAI", new DateOnly(2024, 1, 1));
        batch.Observations.Add(new Observation("w-index", "usw", new DateOnly(2024, 1, 1), 70));
        store.Import(batch, new ImportSource("constructed", "constructed", "0", 1));
        return store;
    }

    private static void Model(ImportBatch batch, string key, string org, DateOnly released) =>
        batch.Models.Add(new ModelRecord(key, key, org, released, Openness.Closed, null));
}
