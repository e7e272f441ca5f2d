using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>Months-behind points of group B against group A on one metric over a window, with their summary.</summary>
public sealed class BehindSeries
{
    public BehindSeries(IBehindMethod method, FrontierSeries a, FrontierSeries b, DateWindow window, IReadOnlyList<BehindPoint> points, BehindSummary summary)
    {
        Method = method;
        A = a;
        B = b;
        Window = window;
        Points = points;
        Summary = summary;
    }

    /// <summary>How the points were computed.</summary>
    public IBehindMethod Method { get; }

    public Metric Metric => A.Metric;

    /// <summary>The reference group (positive months mean B trails A).</summary>
    public FrontierSeries A { get; }

    /// <summary>The group whose distance is measured.</summary>
    public FrontierSeries B { get; }

    public DateWindow Window { get; }

    /// <summary>Points in date order.</summary>
    public IReadOnlyList<BehindPoint> Points { get; }

    public BehindSummary Summary { get; }

    /// <summary>Points whose level was never reached by that date (months behind is null).</summary>
    public int NeverMatched => Points.Count(p => p.MonthsBehind is null);
}
