using AiRace.Core.Claims;
using AiRace.Core.Odds;

namespace AiRace.Application.Text;

/// <summary>The headline report, in English.</summary>
internal sealed partial class EnglishText
{
    public override string HeadlineQuestion => "Is China catching up with the US in AI?";

    public override string HeadlineLead(DateOnly? asOf) =>
        $"Six answers from the data in the store, up to {(asOf is { } d ? LongDate(d) : NotAvailable)}. A positive gap means the United States leads.";

    public override string ContentsTitle => "Contents";

    public override string AheadTitle => "1. How far ahead is the US?";

    public override string AheadIntro => "The best US model against the best Chinese model on the key measures, on the latest date both are rated.";

    public override string ColumnMeasure => "Measure";

    public override string ColumnScale => "Scale";

    public override string ColumnMonthsBehindCi => "China months behind [90% CI]";

    public override string ScaleOf(bool snapshot, DateOnly date) => snapshot ? $"board of {Date(date)}" : $"latest edition, {Date(date)}";

    public override string AheadDefinition =>
        "Gap: the US frontier (best score of any US model) minus China's, in the measure's points, and in % of the US frontier; both on one scale (one board snapshot, or the latest edition of an index).";

    public override string MonthsBehindHeadlineDefinition =>
        "Months behind: how long before the comparison date the US first had a model at China's current level, averaged over the last 180 days, with a 90% bootstrap interval (the 'airace behind' estimate).";

    public override string WideningTitle => "2. Is the gap widening?";

    public override string WideningIntro => "The trend of the gap per year, in points and in months behind, with its 90% interval.";

    public override string ColumnPointsTrend => "Gap in points / year [90% CI]";

    public override string ColumnMonthsTrend => "Months behind / year [90% CI]";

    public override string ColumnVerdict => "Verdict";

    public override string ColumnWindow => "Window";

    public override string TrendTooShort => "too little history on one scale";

    public override string PointsMonthsDisagree(string measure, TrendVerdict points, TrendVerdict months) =>
        $"On {measure} the points say {Verdict(points)} while months behind says {Verdict(months)}: points compare today's two best scores, months ask how long ago the US reached China's level, and both can be true.";

    public override string WideningDefinition =>
        "Slope: least squares per year after the last rating-method break; interval: moving-block bootstrap; widening when the interval lies above 0, narrowing below 0 ('airace trend').";

    public override string OddsHeadlineTitle => "3. The odds";


    public override string OddsNone => "Too little comparable history to estimate the odds.";

    public override string AdoptionHeadlineTitle => "4. Adoption on Hugging Face";

    public override string UsageHeadlineTitle => "5. Usage on OpenRouter";

    public override string DenominatorLabel(string denominator) => $"Denominator: {denominator}";

    public override string DerivativesDenominator(string coverage) => $"every derivative repository (fine-tune, quantization, adapter, merge) of {coverage}, counted for the family at the root of its base_model chain.";

    public override string DownloadsDenominator(string coverage) => $"the 30-day downloads of {coverage} only, not of every model on the Hub.";

    public override string TokensDenominator(string topN) => $"the week's tokens of the top {topN} models OpenRouter lists, not all OpenRouter traffic.";

    public override string ClaimsHeadlineTitle => "6. The article's claims, checked";

    public override string ClaimsIntro(int claims, int supported, int contradicted, int mixed, int notMeasurable) =>
        $"{Count(claims)} claims: {Count(supported)} supported, {Count(contradicted)} contradicted, {Count(mixed)} mixed, {Count(notMeasurable)} not measurable with the data in the store.";

    public override string ColumnClaim => "Claim";

    public override string ColumnWho => "Who, when";

    public override string ClaimVerdictName(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "supported",
        ClaimVerdict.Contradicted => "contradicted",
        ClaimVerdict.Mixed => "mixed",
        _ => "not measurable",
    };

    public override string ClaimsMore => "Run 'airace claims' for each claim's quote, figure, definition and source.";

    public override string GapHistoryChart => "US lead over China, % of the US frontier";

    public override string AllMetricsTitle => "Every metric";

    public override string AsOfAndSource(DateOnly date, string source) => $"As of {Date(date)}; source: {source.TrimEnd('.')}.";

    public override string ReportMore => "Run 'airace report --all' for every metric's section, or 'airace report --metric ID' for one.";
}
