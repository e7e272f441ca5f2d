using System.Globalization;
using AiRace.Core.Domain;
using AiRace.Core.Figures;

namespace AiRace.Core.Adoption;

/// <summary>Computes adoption share figures from Hub snapshots of one kind, attributing each repository to its family root.</summary>
public static class AdoptionFigures
{
    /// <param name="query">Grouping, measure, dates, top N.</param>
    /// <param name="source">The kind of Hub data the snapshots are (never mixed).</param>
    /// <param name="snapshots">The snapshots to draw, already limited to the query's dates (for new-derivative-share: the one snapshot to split by month).</param>
    /// <param name="attribution">Family, lab and country of each repository.</param>
    /// <param name="sources">The imports behind the snapshots, for the figure's credits.</param>
    public static ShareFigure Compute(
        AdoptionSelection query, HubSourceKind source, IReadOnlyList<HubSnapshot> snapshots, HubAttribution attribution, IReadOnlyList<FigureSource> sources)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(attribution);
        var tally = new LineageTally();
        var inputs = query.Measure == AdoptionMeasure.NewDerivativeShare
            ? MonthlyNewDerivatives(query, snapshots, attribution, tally)
            : snapshots.OrderBy(s => s.Date).Select(s => Snapshot(query, s, attribution, tally)).ToList();
        var points = ShareSeries.Build(inputs, query.Top);
        var measureName = AdoptionMeasureNames.ToName(query.Measure);
        var word = query.By switch
        {
            AdoptionGrouping.Family => "family ",
            AdoptionGrouping.Lab => "lab ",
            _ => string.Empty,
        };
        var crossings = ShareCrossings.Find(
            points,
            (p, g) => p.Values[g],
            (d, a, b, _) => query.Measure == AdoptionMeasure.NewDerivativeShare
                ? $"{word}{a} passed {word}{b} in new derivatives in {d.ToString("yyyy-MM", CultureInfo.InvariantCulture)}"
                : $"{word}{a} passed {word}{b} in {measureName} on {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var denominator = query.Measure is AdoptionMeasure.NewDerivativeShare or AdoptionMeasure.Derivatives
            ? $"all derivatives in {AdoptionDefinitions.Coverage(source)}, unresolved ones included"
            : $"the sum over {AdoptionDefinitions.Coverage(source)}, unresolved ones included";
        return new ShareFigure(
            measureName,
            query.By.ToString().ToLowerInvariant(),
            AdoptionDefinitions.Of(query.Measure, query.By, source),
            denominator,
            points,
            crossings,
            sources,
            tally.Notes(attribution.Graph));
    }

    private static ShareInput Snapshot(AdoptionSelection query, HubSnapshot snapshot, HubAttribution attribution, LineageTally tally)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var breakdown = query.Measure == AdoptionMeasure.Derivatives ? new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal) : null;
        var items = 0;
        foreach (var row in snapshot.Rows)
        {
            double? value = query.Measure switch
            {
                AdoptionMeasure.Downloads => row.Downloads,
                AdoptionMeasure.DownloadsAllTime => row.DownloadsAllTime,
                AdoptionMeasure.Likes => row.Likes,
                AdoptionMeasure.Models => 1,
                _ => row.BaseRelation is null ? null : 1,
            };
            if (value is null)
            {
                continue;
            }

            var group = Group(query.By, attribution.For(row.RepoId), tally);
            values[group] = values.GetValueOrDefault(group) + value.Value;
            items++;
            if (breakdown is not null)
            {
                if (!breakdown.TryGetValue(group, out var counts))
                {
                    breakdown[group] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
                }

                counts[row.BaseRelation!] = counts.GetValueOrDefault(row.BaseRelation!) + 1;
            }
        }

        return new ShareInput(snapshot.Date, values, null, items, null,
            breakdown?.ToDictionary(b => b.Key, b => (IReadOnlyDictionary<string, long>)b.Value, StringComparer.Ordinal));
    }

    private static List<ShareInput> MonthlyNewDerivatives(
        AdoptionSelection query, IReadOnlyList<HubSnapshot> snapshots, HubAttribution attribution, LineageTally tally)
    {
        var months = new SortedDictionary<DateOnly, Dictionary<string, double>>();
        var counts = new Dictionary<DateOnly, int>();
        var latest = snapshots.OrderBy(s => s.Date).LastOrDefault();
        foreach (var row in latest?.Rows ?? [])
        {
            if (row.BaseRelation is null || row.CreatedAt is not { } created)
            {
                continue;
            }

            var month = new DateOnly(created.UtcDateTime.Year, created.UtcDateTime.Month, 1);
            if ((query.From is { } from && month < new DateOnly(from.Year, from.Month, 1)) || (query.To is { } to && month > to))
            {
                continue;
            }

            if (!months.TryGetValue(month, out var values))
            {
                months[month] = values = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            var group = Group(query.By, attribution.For(row.RepoId), tally);
            values[group] = values.GetValueOrDefault(group) + 1;
            counts[month] = counts.GetValueOrDefault(month) + 1;
        }

        return months.Select(m => new ShareInput(m.Key, m.Value, null, counts[m.Key])).ToList();
    }

    private static string Group(AdoptionGrouping by, RepoAttribution a, LineageTally tally)
    {
        tally.Add(a);
        var group = by switch
        {
            AdoptionGrouping.Country => a.Country,
            AdoptionGrouping.Lab => a.Lab,
            _ => a.Family,
        };
        return group ?? GroupNames.Unresolved;
    }
}
