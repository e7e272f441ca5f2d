using System.Globalization;
using AiRace.Core;
using AiRace.Core.Adoption;
using AiRace.Core.Analysis;
using AiRace.Core.Claims;
using AiRace.Core.Figures;
using AiRace.Core.Odds;

using AiRace.Application.Claims;

namespace AiRace.Application.Text;

/// <summary>
/// The claims ledger's sentences, one subclass per language, reached only through the language's catalog
/// (<see cref="TextCatalog.Claims"/>): numbers and dates are formatted by that catalog (en: 69.8%, 2026-05-04;
/// vi-VN: 69,8%, 04/05/2026), so the ledger and the report never disagree on a format.
/// </summary>
internal abstract class ClaimsText
{
    protected ClaimsText(TextCatalog catalog)
    {
        Catalog = catalog;
    }

    /// <summary>The language's catalog, whose formats every figure here uses.</summary>
    public TextCatalog Catalog { get; }

    /// <summary>The language code (<c>en</c>, <c>vi</c>).</summary>
    public string Language => Catalog.Code;

    /// <summary>The culture numbers are formatted with.</summary>
    public CultureInfo Culture => Catalog.Culture;

    public string Day(DateOnly d) => Catalog.Date(d);

    public string Num(double x, int decimals = 1) => Catalog.Number(x, decimals);

    /// <summary>A fraction (0.698) as a percentage (69.8%).</summary>
    public string Pct(double fraction, int decimals = 1) => Catalog.Number(fraction * 100, decimals) + "%";

    /// <summary>A value already in percent (1.7) with its sign kept.</summary>
    public string PercentValue(double percent, int decimals = 2) => Catalog.Number(percent, decimals) + "%";

    /// <summary>The headings, and the summary line counting <paramref name="checks"/>' verdicts.</summary>
    public abstract ClaimsLabels Labels(IReadOnlyList<ClaimCheck> checks);

    public abstract string Claim(ClaimDefinition claim);

    public abstract string Who(ClaimDefinition claim);

    public abstract string Verdict(ClaimVerdict verdict);

    public abstract string Trend(TrendVerdict verdict);

    public abstract string NoMetric(string metric);

    public abstract string NoGroup(string metric, string group);

    public abstract string NoCommonDate(string metric, DateOnly date);

    public abstract string NoTrend(string metric, string reason);

    public abstract string LeadItem(string metric, GapPoint point, string unit, string a, string b);

    public abstract string LeadsDefinition(DateOnly at);

    public abstract string NarrowedItem(string metric, GapPoint start, GapPoint end);

    public abstract string NarrowedDefinition(DateOnly from, DateOnly to);

    public abstract string TrendItem(string metric, GapTrendResult result, string unit);

    public abstract string WideningDefinition(int months);

    public abstract string MonthsItem(string metric, BehindSummary summary, DateOnly from, DateOnly to);

    public abstract string MonthsDefinition(double low, double high);

    public abstract string SettleMetrics(IReadOnlyList<string> metrics);

    public abstract string OddsDefinition(OddsQuestion question, double threshold);

    public abstract string NoOdds(OddsQuestion question);

    public abstract string OddsFailedBacktest(ValidatedOdds odds);

    public abstract string SettleOdds(OddsQuestion question);

    public abstract string OddsItem(OddsQuestion question, ValidatedOdds odds);

    public abstract string ShareRoseDefinition(string group, int months, int weeks, double threshold);

    public abstract string TooFewWeeks(int weeks, DateOnly from, DateOnly to);

    public abstract string ShareRoseItem(string group, double before, DateOnly firstFrom, DateOnly firstTo, double after, DateOnly lastFrom, DateOnly lastTo, string denominator);

    public abstract string SettleUsage();

    public abstract string ShareLeadsDefinition(string a, string b);

    public abstract string OvertookDefinition(string a, string b);

    public abstract string CountDefinition();

    public abstract string CountItem(string group, string measure, double value, double threshold, DateOnly date);

    public abstract string CountContext(ShareFigure figure, AdoptionGroup group, double value);

    public abstract string PairItem(ShareFigure figure, AdoptionGroup a, AdoptionGroup b, IReadOnlyList<(double A, double B)> points);

    public abstract string PairContext(ShareFigure figure, AdoptionGroup a, AdoptionGroup b, ClaimVerdict verdict);

    public abstract string NoHubKind(HubSourceKind kind, IReadOnlyList<HubSourceKind> present);

    public abstract string SettleHub(ClaimDefinition claim);

    /// <summary>"N supported, N contradicted, …": the verdict counts in this language's words, in a fixed order.</summary>
    protected string Counts(IReadOnlyList<ClaimCheck> checks) =>
        string.Join(", ", new[] { ClaimVerdict.Supported, ClaimVerdict.Contradicted, ClaimVerdict.Mixed, ClaimVerdict.NotMeasurable }
            .Select(v => $"{checks.Count(c => c.Verdict == v)} {Verdict(v)}"));

    /// <summary>The <c>airace update</c> sources that bring a metric (by its id's prefix).</summary>
    protected static string UpdateSources(IEnumerable<string> metrics) =>
        string.Join(" ", metrics.Select(m => m.StartsWith("lmarena", StringComparison.Ordinal) ? "lmarena"
                : m.StartsWith("aa-", StringComparison.Ordinal) ? "artificial-analysis"
                : m.StartsWith("epoch", StringComparison.Ordinal) ? "epoch"
                : null)
            .OfType<string>().Distinct().Select(s => $"--source {s}"));

    /// <summary>The snapshot kind in words the reader can check.</summary>
    protected static string KindName(HubSourceKind kind) => HubSourceKindNames.ToName(kind);
}
