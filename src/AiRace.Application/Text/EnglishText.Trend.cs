using AiRace.Core.Odds;

namespace AiRace.Application.Text;

/// <summary>"Is the gap widening?", in English.</summary>
internal sealed partial class EnglishText
{
    public override string TrendTitle => "Is the gap widening?";

    public override string Verdict(TrendVerdict verdict) => TrendVerdictNames.ToText(verdict);

    public override string TrendIntro(string leader, string follower, string metric, DateOnly from, DateOnly to, TrendVerdict verdict) =>
        $"{leader} vs {follower} on {metric}, {Date(from)} to {Date(to)}: {Verdict(verdict)}.";

    public override string SlopesTitle => "Slope of the gap:";

    public override string Slope(bool inPoints, double? slopePerYear, string unit, double? low, double? high, TrendVerdict verdict, double? first, double? last) =>
        $"{(inPoints ? "Gap in points" : "Gap in months behind")}: {Compact(slopePerYear)} {unit} per year (90% CI {Range(Compact(low), Compact(high))}), {Verdict(verdict)}; from {Compact(first)} to {Compact(last)}.";

    public override string ChangePoints(IReadOnlyList<(DateOnly Date, double? Before, double? After)> changes, string unit)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return "Change points: " + (changes.Count == 0
            ? "none."
            : string.Join("; ", changes.Select(c => $"{Date(c.Date)} ({Compact(c.Before)} → {Compact(c.After)} {unit}/year)")) + ".");
    }

    public override string MonthsUnit => "months";

    public override IReadOnlyList<string> MonthsBehindColumns => ["Months behind (method)", "Months", "90% CI", "Censored (not yet matched)"];

    public override string MonthsBehindMethod(string name) => name;

    public override string NotEstimable => "not estimable";

    public override string Disagreement(string english) => english;

    public override string TrendDefinition(string english, string metric, string unit, string leader, string follower) => english;
}
