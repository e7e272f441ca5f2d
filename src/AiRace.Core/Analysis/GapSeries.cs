using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>The gap between two groups' frontiers on one metric over a window, with the dates where the lead changed.</summary>
public sealed class GapSeries
{
    public GapSeries(FrontierSeries a, FrontierSeries b, DateWindow window, IReadOnlyList<GapPoint> points, IReadOnlyList<LeadChange> leadChanges)
    {
        A = a;
        B = b;
        Window = window;
        Points = points;
        LeadChanges = leadChanges;
    }

    public Metric Metric => A.Metric;

    /// <summary>Group A's frontier (the gap is A − B).</summary>
    public FrontierSeries A { get; }

    /// <summary>Group B's frontier.</summary>
    public FrontierSeries B { get; }

    public DateWindow Window { get; }

    /// <summary>Points in date order, one per comparison date (see <see cref="AnalysisDefinitions.Gap"/>).</summary>
    public IReadOnlyList<GapPoint> Points { get; }

    /// <summary>The dates where the sign of the gap flips, in date order.</summary>
    public IReadOnlyList<LeadChange> LeadChanges { get; }

    /// <summary>The last point on or before <paramref name="date"/>, or null when the series starts later.</summary>
    public GapPoint? AtOrBefore(DateOnly date)
    {
        GapPoint? found = null;
        foreach (var p in Points)
        {
            if (p.Date > date)
            {
                break;
            }

            found = p;
        }

        return found;
    }

    /// <summary>The last point, or null when the groups are never comparable in the window.</summary>
    public GapPoint? Latest => Points.Count == 0 ? null : Points[^1];
}
