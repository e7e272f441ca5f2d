using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Application.Odds;

/// <summary>
/// Enumerates the races the pooled back-test runs on: on every metric with at least <see cref="MinimumMonths"/> months of
/// data, the pairs of the <see cref="MaxCountries"/> countries with the most models (at least <see cref="MinimumModels"/>
/// each), open against closed, and the pairs of the <see cref="MaxLabs"/> labs with the most models; each race keeps the
/// metric's rating-method breaks (records restart at each) and its last data date.
/// </summary>
public static class RaceCatalog
{
    public const int MinimumMonths = 9;

    public const int MinimumModels = 4;

    public const int MaxCountries = 3;

    public const int MaxLabs = 6;

    /// <summary>The races, plus the <paramref name="required"/> ones (a forecast's own race) when they are not already among them.</summary>
    public static IReadOnlyList<Race> Build(IRaceSource source, IEnumerable<(Metric Metric, GroupSpec A, GroupSpec B)>? required = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        source = new CachedRaceSource(source);
        var races = new List<Race>();
        foreach (var metric in source.Metrics)
        {
            var obs = source.Observations(metric.Id);
            if (obs.Count == 0 || MonthsBehindUnit.Between(obs.Min(o => o.Date), obs.Max(o => o.Date)) < MinimumMonths)
            {
                continue;
            }

            var models = obs.Select(o => o.ModelKey).Distinct(StringComparer.Ordinal)
                .Select(k => source.Catalog.TryGetValue(k, out var m) ? m : null).OfType<CatalogModel>().ToList();
            var countries = Top(models.Select(m => m.Country), MaxCountries).Select(c => new GroupSpec(GroupKind.Country, c)).ToList();
            var labs = Top(models.Select(m => m.Organization), MaxLabs).Select(l => new GroupSpec(GroupKind.Lab, l)).ToList();
            var pairs = Pairs(countries).Concat(Pairs(labs)).ToList();
            if (models.Count(m => m.Openness == Openness.Open) >= MinimumModels && models.Count(m => m.Openness == Openness.Closed) >= MinimumModels)
            {
                pairs.Add((new GroupSpec(GroupKind.Openness, "closed"), new GroupSpec(GroupKind.Openness, "open")));
            }

            foreach (var (a, b) in pairs)
            {
                if (Make(source, metric, a, b) is { } race)
                {
                    races.Add(race);
                }
            }
        }

        foreach (var (metric, a, b) in required ?? [])
        {
            var id = Race.Name(metric.Id, a.Label, b.Label);
            if (races.All(r => r.Id != id) && Make(source, metric, a, b) is { } race)
            {
                races.Add(race);
            }
        }

        return races;
    }

    /// <summary>The race of <paramref name="a"/> (leader) and <paramref name="b"/> (follower) on a metric, or null when a group has no frontier.</summary>
    public static Race? Make(IRaceSource source, Metric metric, GroupSpec a, GroupSpec b)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(metric);
        var sa = source.Series(metric, a);
        var sb = source.Series(metric, b);
        var obs = source.Observations(metric.Id);
        if (sa.Points.Count == 0 || sb.Points.Count == 0 || obs.Count == 0)
        {
            return null;
        }

        var breaks = source.ScaleBreaks(metric).Where(x => x.Kind == ScaleBreakKind.Method).Select(x => x.Date).ToList();
        return new Race(metric.Id, a.Kind, sa, sb, breaks, obs.Max(o => o.Date));
    }

    private static IEnumerable<string> Top(IEnumerable<string?> values, int max) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumModels)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(max).Select(g => g.Key);

    private static IEnumerable<(GroupSpec, GroupSpec)> Pairs(List<GroupSpec> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                yield return (groups[i], groups[j]);
            }
        }
    }
}
