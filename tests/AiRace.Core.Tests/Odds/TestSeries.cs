using System.Globalization;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Core.Tests.Odds;

/// <summary>Hand-built frontier series for the odds tests.</summary>
internal static class TestSeries
{
    public static Metric ReleaseMetric { get; } = new("test-release", "Test (release-dated)", MetricKind.ReleaseDated, true, "pts", "test");

    public static Metric SnapshotMetric { get; } = new("test-snapshot", "Test (snapshot)", MetricKind.Snapshot, true, "Elo", "test");

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static FrontierSeries Release(string group, params (string Date, double Score, string Key)[] points) =>
        Build(ReleaseMetric, group, points);

    public static FrontierSeries Snapshot(string group, params (string Date, double Score, string Key)[] points) =>
        Build(SnapshotMetric, group, points);

    public static FrontierSeries Build(Metric metric, string group, IEnumerable<(string Date, double Score, string Key)> points) =>
        new(metric, GroupSpec.Parse(group), [.. points.Select(p => new FrontierPoint(D(p.Date), p.Score, p.Key, D(p.Date))).OrderBy(p => p.Date)], 0);
}
