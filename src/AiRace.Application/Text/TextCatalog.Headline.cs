using AiRace.Core.Claims;
using AiRace.Core.Odds;

namespace AiRace.Application.Text;

/// <summary>The headline report ("Is China catching up with the US in AI?"): its six answers, in order.</summary>
public abstract partial class TextCatalog
{
    /// <summary>The headline's title: the question it answers.</summary>
    public abstract string HeadlineQuestion { get; }

    public abstract string HeadlineLead(DateOnly? asOf);

    public abstract string ContentsTitle { get; }

    public abstract string AheadTitle { get; }

    public abstract string AheadIntro { get; }

    public abstract string ColumnMeasure { get; }

    public abstract string ColumnScale { get; }

    public abstract string ColumnMonthsBehindCi { get; }

    /// <summary>The scale of a figure and its date: one snapshot of the measure's board (<paramref name="snapshot"/>) or the latest edition of an index.</summary>
    public abstract string ScaleOf(bool snapshot, DateOnly date);

    public abstract string AheadDefinition { get; }

    public abstract string MonthsBehindHeadlineDefinition { get; }

    /// <summary>A months-behind figure with its 90% interval.</summary>
    public string MonthsWithInterval(double? months, double? low, double? high) =>
        months is { } m ? $"{Number(m)} {Range(Compact(low), Compact(high))}" : NotAvailable;

    public abstract string WideningTitle { get; }

    public abstract string WideningIntro { get; }

    public abstract string ColumnPointsTrend { get; }

    public abstract string ColumnMonthsTrend { get; }

    public abstract string ColumnVerdict { get; }

    public abstract string ColumnWindow { get; }

    /// <summary>A slope per year in <paramref name="unit"/> with its 90% interval and the verdict.</summary>
    public string SlopeCell(double slope, string unit, double? low, double? high, TrendVerdict verdict) =>
        $"{Signed(slope, 2)} {unit} {Range(Compact(low), Compact(high))}: {Verdict(verdict)}";

    public abstract string TrendTooShort { get; }

    /// <summary>One sentence when the gap in points and the gap in months get different verdicts.</summary>
    public abstract string PointsMonthsDisagree(string measure, TrendVerdict points, TrendVerdict months);

    public abstract string WideningDefinition { get; }

    public abstract string OddsHeadlineTitle { get; }

    /// <summary>The odds model lost its back-test, so no probability is shown.</summary>

    public abstract string OddsNone { get; }

    public abstract string AdoptionHeadlineTitle { get; }

    public abstract string UsageHeadlineTitle { get; }

    /// <summary>What a share is a share of, in words.</summary>
    public abstract string DenominatorLabel(string denominator);

    public abstract string DerivativesDenominator(string coverage);

    public abstract string DownloadsDenominator(string coverage);

    public abstract string TokensDenominator(string topN);

    public abstract string ClaimsHeadlineTitle { get; }

    public abstract string ClaimsIntro(int claims, int supported, int contradicted, int mixed, int notMeasurable);

    public abstract string ColumnClaim { get; }

    public abstract string ColumnWho { get; }

    public abstract string ClaimVerdictName(ClaimVerdict verdict);

    public abstract string ClaimsMore { get; }

    public abstract string GapHistoryChart { get; }

    public abstract string AllMetricsTitle { get; }

    /// <summary>The as-of date and the source of a figure, in one line.</summary>
    public abstract string AsOfAndSource(DateOnly date, string source);

    public abstract string ReportMore { get; }
}
