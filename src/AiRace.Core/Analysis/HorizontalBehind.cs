using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Core.Analysis;

/// <summary>
/// Months behind as a horizontal distance, always on one scale (see <see cref="AnalysisDefinitions.MonthsBehind"/>).
/// Snapshot metrics: on the snapshot of date d, v is B's best rating; t is the earliest release date of an A model rated at
/// least v <em>on that same snapshot</em>; months = d − t. Release-dated metrics: v is B's frontier on d; t is the first date
/// A's frontier reached v. When B is ahead the distance is measured the other way and is negative. The one implementation
/// behind <c>behind --method horizontal</c>, the trend's horizontal row, the gap series and the forecast's current lag.
/// </summary>
public sealed class HorizontalBehind : IBehindMethod
{
    /// <summary>The registered instance.</summary>
    public static HorizontalBehind Instance { get; } = new();

    public string Name => "horizontal";

    public string Definition => AnalysisDefinitions.MonthsBehind;

    /// <summary>The horizontal distance on one date, or null when B has no frontier value then.</summary>
    public static BehindPoint? At(FrontierSeries a, FrontierSeries b, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var pb = b.At(date);
        if (pb is null)
        {
            return null;
        }

        return a.Metric.Kind == MetricKind.Snapshot ? OnSnapshot(a, b, pb, date) : OnReleaseDates(a, b, pb, date);
    }

    /// <summary>The series over <paramref name="window"/>: every date where B has a value (and, for release-dated metrics, the window's end).</summary>
    public static BehindSeries Series(FrontierSeries a, FrontierSeries b, DateWindow window)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(window);
        var dates = ComparisonDates.WhereSecond(a, b, window);
        var releaseDated = a.Metric.Kind != MetricKind.Snapshot;
        if (releaseDated)
        {
            // A step function holds between its changes: read it at the window's start and end too.
            if (window.From is { } from && b.At(from) is not null && (dates.Count == 0 || from < dates[0]))
            {
                dates.Insert(0, from);
            }

            if (dates.Count > 0 && End(a, b, window) is { } end && end > dates[^1])
            {
                dates.Add(end);
            }
        }

        var points = dates.Select(d => At(a, b, d)!).ToList();
        var days = new List<(DateOnly, double?, bool)>();
        for (var i = 0; i < points.Count; i++)
        {
            var next = i + 1 < points.Count ? points[i + 1].Date : points[i].Date.AddDays(1);
            for (var d = points[i].Date; d < next; d = d.AddDays(1))
            {
                var p = releaseDated && d != points[i].Date ? At(a, b, d)! : points[i];
                days.Add((d, p.MonthsBehind, p.LowerBound));
            }
        }

        return new BehindSeries(Instance, a, b, window, points, BehindSummary.Of(points, days));
    }

    /// <summary>The day-weighted mean over the last <see cref="MonthsBehindOptions.HorizontalWindowDays"/> days before the cut-off, bounds left out.</summary>
    public MonthsBehindEstimate Estimate(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var definition = string.Format(
            System.Globalization.CultureInfo.InvariantCulture, AnalysisDefinitions.HorizontalEstimate, options.HorizontalWindowDays);
        var start = options.To.AddDays(-options.HorizontalWindowDays);
        if (options.From is { } f && f > start)
        {
            start = f;
        }

        var series = Series(leader, follower, new DateWindow(start, options.To));
        var kept = new List<(double Value, double Days)>();
        for (var i = 0; i < series.Points.Count; i++)
        {
            var p = series.Points[i];
            if (p.MonthsBehind is { } m && !p.LowerBound)
            {
                var next = i + 1 < series.Points.Count ? series.Points[i + 1].Date : p.Date.AddDays(1);
                kept.Add((m, next.DayNumber - p.Date.DayNumber));
            }
        }

        var bounds = series.Summary.LowerBounds;
        if (kept.Count == 0)
        {
            return new MonthsBehindEstimate(Name, definition, null, null, null, 0, bounds, [],
                series.Points.Count == 0 ? "no date in the window where the follower has a frontier value" : "every value in the window is a lower bound or never reached");
        }

        double Statistic(IEnumerable<int> idx) => idx.Sum(i => kept[i].Value * kept[i].Days) / idx.Sum(i => kept[i].Days);
        var ci = MovingBlockBootstrap.StatisticInterval(kept.Count, idx => Statistic(idx), options.Seed, 1000);
        // The bootstrap resamples the change points (each weighted by the days it holds); the estimate is the mean of the
        // lag evaluated on every day, which grows between changes. The interval is moved by their difference, so that it
        // is an interval around the estimate it is printed with, not around the change-point approximation.
        var shift = series.Summary.Mean is { } mean ? mean - Statistic(Enumerable.Range(0, kept.Count)) : 0;
        return new MonthsBehindEstimate(Name, definition, series.Summary.Mean, ci.Low + shift, ci.High + shift, kept.Count, bounds, []);
    }

    private static BehindPoint OnSnapshot(FrontierSeries a, FrontierSeries b, FrontierPoint pb, DateOnly date)
    {
        var sign = a.Metric.HigherIsBetter ? 1.0 : -1.0;
        var pa = a.At(date);
        if (pa is null)
        {
            return new BehindPoint(date, null, b.Group, pb, a.Group, null);
        }

        if (sign * pb.Score > sign * pa.Score)
        {
            var first = EarliestAtLeast(b.Members(date), pa.Score, sign)!;
            var months = MonthsBehindUnit.Between(first.Released, date);
            return new BehindPoint(
                date, months == 0 ? 0 : -months, a.Group, pa, b.Group, Match(first, date), first.ReleaseIsBound, first.ReleaseDateSource);
        }

        var match = EarliestAtLeast(a.Members(date), pb.Score, sign)!;
        return new BehindPoint(
            date, MonthsBehindUnit.Between(match.Released, date), b.Group, pb, a.Group, Match(match, date), match.ReleaseIsBound, match.ReleaseDateSource);
    }

    private static BehindPoint OnReleaseDates(FrontierSeries a, FrontierSeries b, FrontierPoint pb, DateOnly date)
    {
        var sign = a.Metric.HigherIsBetter ? 1.0 : -1.0;
        var pa = a.At(date);
        if (pa is not null && sign * pb.Score > sign * pa.Score)
        {
            // B reached A's level no later than today, since B is above it today.
            var caught = FirstReachingBy(b, pa.Score, date)!;
            var months = MonthsBehindUnit.Between(caught.Date, date);
            return new BehindPoint(
                date, months == 0 ? 0 : -months, a.Group, pa, b.Group, caught, IsBound(b, caught, pa.Score), ReleaseDateSource.Metric);
        }

        var reached = FirstReachingBy(a, pb.Score, date);
        return reached is null
            ? new BehindPoint(date, null, b.Group, pb, a.Group, null)
            : new BehindPoint(
                date, MonthsBehindUnit.Between(reached.Date, date), b.Group, pb, a.Group, reached, IsBound(a, reached, pb.Score), ReleaseDateSource.Metric);
    }

    private static MemberScore? EarliestAtLeast(IReadOnlyList<MemberScore> members, double level, double sign)
    {
        MemberScore? best = null;
        foreach (var m in members)
        {
            if (sign * m.Score >= sign * level && (best is null || m.Released < best.Released))
            {
                best = m;
            }
        }

        return best;
    }

    private static FrontierPoint Match(MemberScore m, DateOnly date) => new(m.Released, m.Score, m.ModelKey, date);

    private static FrontierPoint? FirstReachingBy(FrontierSeries series, double level, DateOnly date) =>
        series.FirstReaching(level) is { } p && p.Date <= date ? p : null;

    /// <summary>A match on the series' first point that is already strictly past the level is left-censored: the level was reached earlier, unobserved.</summary>
    private static bool IsBound(FrontierSeries series, FrontierPoint match, double level) =>
        ReferenceEquals(match, series.Points[0]) && match.Score != level;

    /// <summary>Release-dated step functions hold until the next change, so the window's end is the last day (a year past the last change at most).</summary>
    private static DateOnly? End(FrontierSeries a, FrontierSeries b, DateWindow window)
    {
        if (a.Points.Count == 0 && b.Points.Count == 0)
        {
            return null;
        }

        var last = new[] { a.Points.LastOrDefault()?.Date, b.Points.LastOrDefault()?.Date }.Max()!.Value;
        var limit = last.AddYears(1);
        return window.To is { } to ? (to < limit ? to : limit) : last;
    }
}
