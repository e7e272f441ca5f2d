using AiRace.Application;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Tests;

/// <summary>
/// A fresh in-memory store per test class, written here by hand: one snapshot metric <c>m</c> on which OpenAI (US) and
/// DeepSeek (CN, by the bundled organizations table) have models on eight dates, and a second metric <c>other</c>.
/// </summary>
public sealed class SmallStore : IDisposable
{
    /// <summary>(date, OpenAI's score, DeepSeek's score) on metric <c>m</c>.</summary>
    public static readonly (DateOnly Date, double Us, double Cn)[] Scores =
    [
        (new DateOnly(2024, 1, 1), 1200, 1150),
        (new DateOnly(2024, 3, 1), 1220, 1180),
        (new DateOnly(2024, 6, 1), 1250, 1230),
        (new DateOnly(2024, 9, 1), 1270, 1240),
        (new DateOnly(2025, 1, 1), 1300, 1310),
        (new DateOnly(2025, 3, 1), 1320, 1300),
        (new DateOnly(2025, 6, 1), 1350, 1320),
        (new DateOnly(2025, 9, 1), 1380, 1340),
    ];

    public SmallStore()
    {
        Store = AiRaceStore.Open(":memory:");
        var batch = new ImportBatch("test", "hand-written test data");
        batch.Metrics.Add(new Metric("m", "M", MetricKind.Snapshot, true, "pt", "a test metric"));
        batch.Metrics.Add(new Metric("other", "Other", MetricKind.Snapshot, true, "pt", "a second test metric"));
        batch.Models.Add(new ModelRecord("us-model", "US Model", "OpenAI", new DateOnly(2023, 12, 1), Openness.Closed, null));
        batch.Models.Add(new ModelRecord("cn-model", "CN Model", "DeepSeek", new DateOnly(2023, 12, 1), Openness.Open, null));
        foreach (var (date, us, cn) in Scores)
        {
            batch.Observations.Add(new Observation("m", "us-model", date, us));
            batch.Observations.Add(new Observation("m", "cn-model", date, cn));
        }

        batch.Observations.Add(new Observation("other", "us-model", Scores[0].Date, 1));
        Store.Import(batch, new ImportSource("small.csv", "/test/small.csv", "0123456789abcdef", 1));
        Session = new StoreSession(Store);
    }

    public AiRaceStore Store { get; }

    public StoreSession Session { get; }

    public void Dispose()
    {
        Session.Dispose();
        Store.Dispose();
    }
}
