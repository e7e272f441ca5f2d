using System.Globalization;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Testing;

/// <summary>
/// Races drawn from a known process: two labs per race on a release-dated metric; each month each lab sets a new record
/// with its own chance (drawn per race from [0.1, 0.5]) by a log-normal jump (median 10 points, log-sd 0.6), on the
/// 15th. Seeded: the same seed gives the same races. Shared with the benchmarks.
/// </summary>
public static class SimulatedRaces
{
    public static Metric Metric { get; } = new("simulated", "Simulated", MetricKind.ReleaseDated, true, "pts", "simulated races");

    public static IReadOnlyList<Race> Generate(int races, int months, long seed, DateOnly? start = null)
    {
        var rng = new Random(unchecked((int)seed));
        var first = start ?? new DateOnly(2018, 1, 1);
        var list = new List<Race>();
        for (var r = 0; r < races; r++)
        {
            var a = Group(rng, $"lab:A{r.ToString(CultureInfo.InvariantCulture)}", first, months, 100 + 30 * rng.NextDouble());
            var b = Group(rng, $"lab:B{r.ToString(CultureInfo.InvariantCulture)}", first, months, 100 + 30 * rng.NextDouble());
            list.Add(new Race(Metric.Id, GroupKind.Lab, a, b, [], first.AddMonths(months)));
        }

        return list;
    }

    private static FrontierSeries Group(Random rng, string label, DateOnly first, int months, double level)
    {
        var chance = 0.1 + 0.4 * rng.NextDouble();
        var points = new List<FrontierPoint> { new(first, level, label + "-0", first) };
        for (var m = 0; m < months; m++)
        {
            if (rng.NextDouble() < chance)
            {
                var u1 = 1 - rng.NextDouble();
                var u2 = rng.NextDouble();
                var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
                level += 10 * Math.Exp(0.6 * z);
                var d = first.AddMonths(m).AddDays(14);
                points.Add(new FrontierPoint(d, level, $"{label}-{(m + 1).ToString(CultureInfo.InvariantCulture)}", d));
            }
        }

        return new FrontierSeries(Metric, GroupSpec.Parse(label), points, 0);
    }
}
