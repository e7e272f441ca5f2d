using AiRace.Application.Behind;
using AiRace.Application.Frontiers;
using AiRace.Application.Validation;
using AiRace.Core.Odds;

namespace AiRace.Application.Trend;

/// <summary>
/// Is the gap widening? The slope of the gap between a leader and a follower (points and months behind) with a
/// block-bootstrap interval, a verdict, change points and every months-behind method.
/// </summary>
/// <param name="Metric">The metric id.</param>
/// <param name="Between">Leader and follower, <c>A,B</c>.</param>
/// <param name="From">First date of the window; null for the first common date.</param>
/// <param name="To">Last date of the window (later observations are ignored); null for the last date.</param>
/// <param name="Tolerance">First-match tolerance in metric points; null for 1% of the range of both frontiers.</param>
/// <param name="Seed">Random seed of the bootstrap (same seed, same numbers).</param>
/// <param name="AsOf">Use only data retrieved on or before this date; null for everything.</param>
public sealed record TrendQuery(
    string Metric, string Between, DateOnly? From = null, DateOnly? To = null, double? Tolerance = null, long Seed = 1, DateOnly? AsOf = null)
{
    public TrendResult Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Cached("trend", this, AsOf, () => Compute(session));
    }

    private TrendResult Compute(StoreSession session)
    {
        DateRange.Window(From, To);
        var asOf = DateRange.Earlier(To, AsOf);
        var c = Comparison.Load(session, Metric, Between, asOf).RequireFrontiers();
        var breaks = c.Frontiers.ScaleBreaks(c.Metric);
        var r = GapTrendAnalysis.Run(c.A, c.B, From, To is null ? c.DataEnd : asOf, Seed, Tolerance, breaks);
        return new TrendResult(
            c.Metric.Id,
            new TrendGroups(c.A.Group.Label, c.B.Group.Label),
            r.From,
            r.To,
            r.Definition,
            TrendVerdictNames.ToText(r.Verdict),
            TrendEstimateResult.Of(r.Points),
            r.MonthsBehind is null ? null : TrendEstimateResult.Of(r.MonthsBehind),
            [.. r.MonthsBehindMethods.Select(m => MonthsBehindEstimateResult.Of(m, c.Frontiers))],
            ScaleText.Of(c.Metric),
            r.ScaleFrom,
            [.. breaks.Select(ScaleBreakResult.Of)],
            r.Disagreement,
            [.. r.Series.Select(p => new TrendSeriesPoint(p.Date, p.Lead, p.MonthsBehind, p.MonthsLowerBound))]);
    }
}
