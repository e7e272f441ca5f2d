using AiRace.Application.Frontiers;
using AiRace.Application.Validation;
using AiRace.Core;
using AiRace.Core.Analysis;

namespace AiRace.Application.Gap;

/// <summary>
/// The frontier gap between two groups on one metric: on every comparison date in a window, or (with <see cref="At"/>)
/// on the latest comparison date on or before one date.
/// </summary>
/// <param name="Metric">The metric id.</param>
/// <param name="Between">Two groups, <c>A,B</c>: ISO country codes, <c>open</c>/<c>closed</c>, or <c>lab:NAME</c>.</param>
/// <param name="At">One date: the latest comparison date on or before it (not with a window).</param>
/// <param name="From">First date of the window (inclusive).</param>
/// <param name="To">Last date of the window (inclusive).</param>
/// <param name="AsOf">Use only data retrieved on or before this date; null for everything.</param>
public sealed record GapQuery(string Metric, string Between, DateOnly? At = null, DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null)
{
    public GapResult Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Cached("gap", this, AsOf, () => Compute(session));
    }

    private GapResult Compute(StoreSession session)
    {
        DateRange.OneDateOrWindow(At, From, To);
        var window = DateRange.Window(From, To) with { To = DateRange.Earlier(To, AsOf) };
        var c = Comparison.Load(session, Metric, Between, AsOf);
        var series = Core.Analysis.Gap.Compute(c.A, c.B, window);
        var points = series.Points;
        if (At is { } date)
        {
            var point = series.AtOrBefore(date) ?? throw new AiRaceException(
                ErrorKind.Usage,
                $"{c.A.Group.Label} and {c.B.Group.Label} have no comparable date on or before {DateText.Format(date)} on '{c.Metric.Id}'" +
                (series.Points.Count > 0 ? $"; the first is {DateText.Format(series.Points[0].Date)}: pick that date or a later one." : "; they are never comparable on this metric: pick other groups or another metric."));
            points = [point];
        }

        return new GapResult(
            c.Metric.Id,
            AnalysisDefinitions.Gap(c.Metric.Kind),
            c.A.Group.Label,
            c.B.Group.Label,
            c.Metric.Unit,
            [.. points.Select(p => new GapPointResult(p.Date, GroupScore.Of(p.A, c.Frontiers), GroupScore.Of(p.B, c.Frontiers), p.Gap, p.GapPercent))],
            At is null ? [.. series.LeadChanges.Select(LeadChangeResult.Of)] : [],
            new UnplacedModels(c.A.UnplacedModels, c.B.UnplacedModels),
            c.Sources);
    }
}
