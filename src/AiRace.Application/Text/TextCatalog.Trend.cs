using AiRace.Core.Odds;

namespace AiRace.Application.Text;

/// <summary>The section "Is the gap widening?": verdict, slopes, change points and the months-behind measures.</summary>
public abstract partial class TextCatalog
{
    public abstract string TrendTitle { get; }

    public abstract string Verdict(TrendVerdict verdict);

    public abstract string TrendIntro(string leader, string follower, string metric, DateOnly from, DateOnly to, TrendVerdict verdict);

    public abstract string SlopesTitle { get; }

    /// <summary>One slope line; <paramref name="inPoints"/> is false for the gap in months behind.</summary>
    public abstract string Slope(bool inPoints, double? slopePerYear, string unit, double? low, double? high, TrendVerdict verdict, double? first, double? last);

    public abstract string ChangePoints(IReadOnlyList<(DateOnly Date, double? Before, double? After)> changes, string unit);

    public abstract string MonthsUnit { get; }

    /// <summary>The headers of the months-behind table (method, months, 90% CI, censored / n).</summary>
    public abstract IReadOnlyList<string> MonthsBehindColumns { get; }

    /// <summary>A months-behind method's name (<c>horizontal</c>, <c>first-match</c>, <c>threshold</c>).</summary>
    public abstract string MonthsBehindMethod(string name);

    public abstract string NotEstimable { get; }

    /// <summary>Why the two measures disagree; <paramref name="english"/> is the analysis's own sentence.</summary>
    public abstract string Disagreement(string english);

    /// <summary>The trend's definition; <paramref name="english"/> is the analysis's own sentence.</summary>
    public abstract string TrendDefinition(string english, string metric, string unit, string leader, string follower);
}
