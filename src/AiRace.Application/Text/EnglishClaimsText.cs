using System.Globalization;
using AiRace.Core.Adoption;
using AiRace.Core.Analysis;
using AiRace.Core.Claims;
using AiRace.Core.Figures;
using AiRace.Core.Odds;

using AiRace.Application.Claims;

namespace AiRace.Application.Text;

/// <summary>The claims ledger in English: dates YYYY-MM-DD, numbers 1,234.5.</summary>
internal sealed class EnglishClaimsText : ClaimsText
{
    public EnglishClaimsText(TextCatalog catalog)
        : base(catalog)
    {
    }

    public override ClaimsLabels Labels(IReadOnlyList<ClaimCheck> checks) => new(
        "Claims checked against the data", "who", "quote", "in English", "claim", "verdict", "figure", "definition", "data as of",
        "to settle it", "command", "source", $"{checks.Count} claims: {Counts(checks)}.");

    public override string Claim(ClaimDefinition claim) => claim.Claim;

    public override string Who(ClaimDefinition claim) => claim.Who;

    public override string Verdict(ClaimVerdict verdict) => ClaimVerdictNames.ToName(verdict);

    public override string Trend(TrendVerdict verdict) => TrendVerdictNames.ToText(verdict);

    public override string NoMetric(string metric) => $"{metric}: no data in the store";

    public override string NoGroup(string metric, string group) => $"{metric}: no {group} model in the store";

    public override string NoCommonDate(string metric, DateOnly date) => $"{metric}: no comparison date on or before {Day(date)}";

    public override string NoTrend(string metric, string reason) => $"{metric}: no trend ({reason})";

    public override string LeadItem(string metric, GapPoint p, string unit, string a, string b) =>
        $"{metric} on {Day(p.Date)}: {a} {Num(p.A.Score)} ({p.A.ModelKey}) vs {b} {Num(p.B.Score)} ({p.B.ModelKey}), lead {Num(p.Lead)} {unit}{(p.GapPercent is { } g ? $" ({PercentValue(g)})" : string.Empty)}";

    public override string LeadsDefinition(DateOnly at) =>
        $"lead = the first group's frontier minus the second's (positive: the first is better), on each metric's latest comparison date on or before {Day(at)}; frontier = a group's best score on that snapshot (leaderboards) or among its models released by then (indices). Supported when the first group leads on every metric with data, mixed on some, contradicted on none.";

    public override string NarrowedItem(string metric, GapPoint start, GapPoint end) =>
        $"{metric}: {PercentValue(start.GapPercent!.Value)} on {Day(start.Date)} ({start.A.ModelKey} vs {start.B.ModelKey}) → {PercentValue(end.GapPercent!.Value)} on {Day(end.Date)} ({end.A.ModelKey} vs {end.B.ModelKey})";

    public override string NarrowedDefinition(DateOnly from, DateOnly to) =>
        $"gap % = (first group's frontier − second's) / first group's frontier × 100, on the latest comparison date on or before {Day(from)} and on or before {Day(to)}. Supported when it is smaller at the end on every metric, mixed on some, contradicted on none.";

    public override string TrendItem(string metric, GapTrendResult r, string unit) =>
        $"{metric}: {Trend(r.Verdict)}, {Num(r.Points.SlopePerYear)} {unit}/year (90% CI {Num(r.Points.Ci90.Low)} to {Num(r.Points.Ci90.High)}), {Day(r.From)} – {Day(r.To)}";

    public override string WideningDefinition(int months) =>
        $"the trend of the gap in points over the {months} months to each metric's last observation on or before the claim's date (airace trend: OLS slope per year, 90% moving-block bootstrap interval, fitted after the last rating-method break; widening = the interval lies above 0). Supported when widening on every metric, mixed on some, contradicted on none.";

    public override string MonthsItem(string metric, BehindSummary s, DateOnly from, DateOnly to) =>
        $"{metric}: mean {Num(s.Mean ?? double.NaN)} months behind (min {Num(s.Min ?? double.NaN)}, max {Num(s.Max ?? double.NaN)}; {s.LowerBounds} lower bounds left out), {Day(from)} – {Day(to)}";

    public override string MonthsDefinition(double low, double high) =>
        $"months behind = the horizontal distance: on each day, how long before it the first group's frontier first reached the second group's level; day-weighted mean over the window, lower bounds left out (airace behind). Supported when the mean lies in the stated {Num(low)}–{Num(high)} months, mixed when only the series' min–max range overlaps it, contradicted otherwise.";

    public override string SettleMetrics(IReadOnlyList<string> metrics) =>
        $"Import data for {string.Join(", ", metrics)}: `airace import DIR` (a folder of the public files AiRace reads), or `airace update {UpdateSources(metrics)}`.";

    public override string OddsDefinition(OddsQuestion q, double threshold) =>
        $"P({q.Follower}'s record frontier strictly above {q.Leader}'s at any time within {Num(q.HorizonYears, 0)} years) on {q.Metric}, from AiRace's odds model, used only when its back-test beats both baselines (the base rate and 'never'). Supported when the 90% interval lies below {Pct(threshold, 0)}, contradicted when it lies at or above it, mixed when it straddles it.";

    public override string NoOdds(OddsQuestion q) =>
        $"No validated probability: AiRace's overtaking odds count here only once their back-test beats both baselines, and none is available for {q.Follower} overtaking {q.Leader} on {q.Metric} within {Num(q.HorizonYears, 0)} years.";

    public override string OddsFailedBacktest(ValidatedOdds odds) =>
        $"The odds model gives {Pct(odds.Probability)} but its back-test does not beat both baselines ({odds.Backtest}), so the probability is not used.";

    public override string SettleOdds(OddsQuestion q) =>
        $"See the model and its back-test with `airace forecast --metric {q.Metric} --between {q.Leader},{q.Follower} --horizon {Num(q.HorizonYears, 0)}y`; the verdict needs a probability whose back-test beats both baselines.";

    public override string OddsItem(OddsQuestion q, ValidatedOdds odds) =>
        $"P({q.Follower} overtakes {q.Leader} on {q.Metric} within {Num(q.HorizonYears, 0)} years) = {Pct(odds.Probability)} (90% CI {Pct(odds.Ci90.Low)} to {Pct(odds.Ci90.High)}); back-test: {odds.Backtest}";

    public override string ShareRoseDefinition(string group, int months, int weeks, double threshold) =>
        $"share = {group} models' share of the listed OpenRouter tokens (their models summed), mean of the first and of the last {weeks} weeks of the {months} months to the claim's date. Supported when it rose by at least {Num(threshold * 100)} points, mixed when by less, contradicted when it did not rise.";

    public override string TooFewWeeks(int weeks, DateOnly from, DateOnly to) =>
        $"only {weeks} usage week(s) between {Day(from)} and {Day(to)}; a change needs at least 2";

    public override string ShareRoseItem(string group, double before, DateOnly firstFrom, DateOnly firstTo, double after, DateOnly lastFrom, DateOnly lastTo, string denominator) =>
        $"{group}: {Pct(before)} (weeks of {Day(firstFrom)} – {Day(firstTo)}) → {Pct(after)} (weeks of {Day(lastFrom)} – {Day(lastTo)}), {(after >= before ? "+" : "−")}{Num(Math.Abs(after - before) * 100)} points; denominator: {denominator}";

    public override string SettleUsage() =>
        "Import OpenRouter usage: `airace import DIR` with the weekly top-N token files of github.com/johnbean393/openrouter-inference-stats, or `airace update --source openrouter-rankings` (needs OPENROUTER_API_KEY).";

    public override string ShareLeadsDefinition(string a, string b) =>
        $"{a}'s share against {b}'s on the latest Hugging Face snapshot on or before the claim's date (each snapshot of the window when the claim gives one). Supported when {a} is above on every snapshot, mixed on some, contradicted on none.";

    public override string OvertookDefinition(string a, string b) =>
        $"{a} against {b} on the Hugging Face snapshots up to the claim's date. Supported when {a} is above {b} on the latest snapshot, mixed when only on an earlier one, contradicted when never.";

    public override string CountDefinition() =>
        "the adoption figure's value for the group on the latest Hub snapshot on or before the claim's date: repositories whose family root is the group's (derivatives others uploaded included) and their downloads as the Hub counts them (airace adoption). Supported when every count is above its threshold, mixed when some, contradicted when none.";

    public override string CountItem(string group, string measure, double value, double threshold, DateOnly date) =>
        $"{group}: {Num(value, 0)} {measure} on {Day(date)} (claim: more than {Num(threshold, 0)})";

    public override string CountContext(ShareFigure figure, AdoptionGroup group, double value) =>
        $"Context only: the store's {figure.Sources.FirstOrDefault()?.Kind ?? "Hub"} data gives {group.Label} {Num(value, 0)} {figure.Measure} on {Day(figure.Points[^1].Date)}, which does not count every repository.";

    public override string PairItem(ShareFigure figure, AdoptionGroup a, AdoptionGroup b, IReadOnlyList<(double A, double B)> points)
    {
        var last = figure.Points[^1];
        var above = points.Count(p => p.A > p.B);
        return $"{Day(last.Date)}: {a.Label} {Pct(last.Shares.GetValueOrDefault(a.Name))} vs {b.Label} {Pct(last.Shares.GetValueOrDefault(b.Name))} of {figure.Measure}; {a.Label} above on {above} of {points.Count} snapshot(s) read";
    }

    public override string PairContext(ShareFigure figure, AdoptionGroup a, AdoptionGroup b, ClaimVerdict verdict) =>
        figure.Points.Count == 0 ? string.Empty
            : $"Context only (a different count, not the claim's): on the store's {figure.Sources.FirstOrDefault()?.Kind ?? "Hub"} data, {figure.Points.Count} snapshots to {Day(figure.Points[^1].Date)}, {a.Label} is above {b.Label} on {figure.Points.Count(p => p.Shares.GetValueOrDefault(a.Name) > p.Shares.GetValueOrDefault(b.Name))} ({Verdict(verdict)} by the same rule); latest {Pct(figure.Points[^1].Shares.GetValueOrDefault(a.Name))} vs {Pct(figure.Points[^1].Shares.GetValueOrDefault(b.Name))}.";

    public override string NoHubKind(HubSourceKind kind, IReadOnlyList<HubSourceKind> present) =>
        $"The claim is about all Hugging Face downloads, which only a Hub {KindName(kind)} (/api/models) counts; the store has {(present.Count == 0 ? "no Hub data" : string.Join(" and ", present.Select(KindName)) + " data only")}.";

    public override string SettleHub(ClaimDefinition claim) =>
        "Fetch a Hugging Face /api/models listing (every repository with its 30-day and all-time downloads): `airace update --source huggingface` (add `--hf-author Qwen` for one namespace), or `airace import` a saved listing.";
}
