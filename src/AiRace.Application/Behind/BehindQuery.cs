using AiRace.Application.Frontiers;
using AiRace.Application.Validation;
using AiRace.Core;
using AiRace.Core.Analysis;

namespace AiRace.Application.Behind;

/// <summary>
/// How many months the second group trails the first on one metric. The horizontal method (the default) gives a dated
/// series with a summary; first-match and threshold give one estimate with its 90% interval.
/// </summary>
/// <param name="Metric">The metric id.</param>
/// <param name="Between">Two groups, <c>A,B</c> (B is the one measured behind A).</param>
/// <param name="Method">A months-behind method name (<c>horizontal</c>, <c>first-match</c>, <c>threshold</c>); null for the default.</param>
/// <param name="From">First date of the window (inclusive).</param>
/// <param name="To">Last date of the window (inclusive).</param>
/// <param name="AsOf">Use only data retrieved on or before this date; null for everything.</param>
public sealed record BehindQuery(string Metric, string Between, string? Method = null, DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null)
{
    public BehindResult Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Cached("behind", this, AsOf, () => Compute(session));
    }

    private BehindResult Compute(StoreSession session)
    {
        var method = BehindMethods.Find(Method);
        var window = DateRange.Window(From, To) with { To = DateRange.Earlier(To, AsOf) };
        var c = Comparison.Load(session, Metric, Between, AsOf);
        var cutOff = window.To is { } end && To is not null ? end : c.LastDate ?? throw new AiRaceException(
            ErrorKind.Usage,
            $"Neither {c.A.Group.Label} nor {c.B.Group.Label} has a model on '{c.Metric.Id}'{(AsOf is { } d ? $" on or before {DateText.Format(d)}" : string.Empty)}: pick other groups, another metric or a later as-of date.");
        var estimate = method.Estimate(c.A, c.B, new MonthsBehindOptions(cutOff, window.From));
        var scale = ScaleText.Of(c.Metric);
        if (method is not HorizontalBehind)
        {
            return new BehindResult(null, new BehindEstimateResult(
                c.Metric.Id, estimate.Definition, scale, c.A.Group.Label, c.B.Group.Label, estimate.Name, c.Metric.Unit, cutOff,
                MonthsBehindEstimateResult.Of(estimate, c.Frontiers), MonthsBehindEstimateResult.LeadersOf(estimate, c.Frontiers), c.Sources));
        }

        var series = HorizontalBehind.Series(c.A, c.B, window);
        var s = series.Summary;
        return new BehindResult(
            new BehindSeriesResult(
                c.Metric.Id, method.Definition, scale, c.A.Group.Label, c.B.Group.Label, method.Name, c.Metric.Unit,
                [.. series.Points.Select(p => BehindPointResult.Of(p, c.Frontiers))],
                new BehindSummaryResult(s.Mean, s.Median, s.Min, s.Max, s.Current, s.CurrentIsLowerBound, s.LowerBounds, s.Days),
                MonthsBehindEstimateResult.Of(estimate, c.Frontiers),
                series.NeverMatched,
                new UnplacedModels(c.A.UnplacedModels, c.B.UnplacedModels),
                [.. c.Frontiers.ScaleBreaks(c.Metric).Select(ScaleBreakResult.Of)],
                c.Sources),
            null);
    }
}
