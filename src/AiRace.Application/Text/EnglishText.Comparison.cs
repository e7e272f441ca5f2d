namespace AiRace.Application.Text;

/// <summary>The per-metric sections and the method section, in English.</summary>
internal sealed partial class EnglishText
{
    public override string MetricMeta(string kind, string unit, string models, DateOnly? first, DateOnly? last) =>
        $"{kind}; unit: {unit}; {models} models; data from {Date(first)} to {Date(last)}.";

    public override string GapLeads(
        DateOnly date, string leader, string follower, string amount, string unit, string percent,
        string leaderModel, string leaderScore, string followerModel, string followerScore) =>
        $"{Date(date)}: {leader} ahead of {follower} by {amount} {unit} ({percent}); {leaderModel} scores {leaderScore}, {followerModel} scores {followerScore}.";

    public override string GapLevel(DateOnly date, string a, string b, string modelA, string modelB, string score) =>
        $"{Date(date)}: {a} and {b} level; {modelA} and {modelB} both score {score}.";

    public override string GapNone(string a, string b) => $"{a} and {b} never both have a model on this metric, so there is no gap to report.";

    public override string Behind(string follower, string months, string leader, string followerModel, string level, DateOnly matched, string leaderModel) =>
        $"Months behind: {follower} {months} months behind {leader}; {leader} first reached the level of {followerModel} ({level}) on {Date(matched)}, with {leaderModel}.";

    public override string BehindNever(string follower, string leader, string followerModel, string level, DateOnly date) =>
        $"Months behind: {follower} not matched; by {Date(date)}, {leader} had never reached the level of {followerModel} ({level}).";

    public override string Earlier(DateOnly then, string thenGap, string unit, string thenPercent, DateOnly now, string nowGap, string nowPercent, string trend) =>
        $"12 months earlier, on {Date(then)}, the gap was {thenGap} {unit} ({thenPercent}); on {Date(now)} it is {nowGap} {unit} ({nowPercent}): {trend}.";

    public override string EarlierNone(DateOnly now) => $"There is no comparable date 12 months or more before {Date(now)}.";

    public override string Narrowed(string amount) => $"narrowed by {amount}";

    public override string Widened(string amount) => $"widened by {amount}";

    public override string Unchanged => "unchanged";

    public override string Flipped => "the lead changed hands";

    public override string LeadChangesNone(string a, string b, DateOnly first, DateOnly last) =>
        $"No lead change between {a} and {b} in the data ({Date(first)} to {Date(last)}).";

    public override string LeadChangesList(string a, string b, IEnumerable<string> items) => $"Lead changes between {a} and {b}: {string.Join("; ", items)}.";

    public override string LeadChangeItem(DateOnly date, string leader, string previous) => $"{Date(date)}, {leader} overtakes {previous}";

    public override string Unplaced(string noCountry, string unknownOpenness) =>
        $"Left out and counted: {noCountry} models with no resolved country, {unknownOpenness} with unknown openness.";

    public override string FigureGap(string a, string b) => $"{a}–{b} gap";

    public override string FigureGapPercent(string a, string b) => $"{a}–{b} gap (%)";

    public override string FigureBehind(string a, string b) => $"Months {b} is behind {a}";

    public override string FigureGapEarlier(string a, string b) => $"{a}–{b} gap 12 months earlier";

    public override string FigureLeadChanges(string a, string b) => $"Lead changes {a}–{b}";

    public override string FigureUnplaced => "Models left out (no country / unknown openness)";

    public override string FigureGapDefinition(string a, string b, string unit) => $"frontier({a}) − frontier({b}), in {unit}";

    public override string FigureGapPercentDefinition(string a) => $"gap / frontier({a}) × 100";

    public override string FigureBehindDefinition(string a, string b) => $"horizontal distance in months of 365.25/12 days; negative when {b} is ahead";

    public override string FigureGapEarlierDefinition => "the same gap on the last comparison date 12 months or more before";

    public override string FigureLeadChangesDefinition => "dates where the sign of the gap flips";

    public override string FigureUnplacedDefinition => "counted, never guessed";

    public override string ChartTitle(string metric) => $"Frontier over time: {metric}";

    public override string ChartDateAxis => "Date";

    public override string ChartBar(string group, DateOnly date) => $"{group}, {Date(date)}";

    public override string MethodTitle => "Method and sources";

    public override string MethodText =>
        "Every figure in this report comes from the AiRace store under the definitions below. Reproduce any of them with 'airace gap' and 'airace behind' (add --format json).";

    public override string MethodSources => "Data sources in this report:";

    public override string FrontierSnapshotDefinition => "Frontier (snapshot metric): a group's best score on each snapshot date of the leaderboard.";

    public override string FrontierReleaseDatedDefinition =>
        "Frontier (release-dated metric): the best score among the group's models released on or before the date.";

    public override string GapDefinition =>
        "Gap: frontier(A) − frontier(B) in the metric's units, signed (positive when A is ahead); gap % = gap / frontier(A) × 100. Snapshot metrics are compared on the dates where both groups have a model; release-dated metrics on every date where either frontier changes.";

    public override string BehindDefinition =>
        "Months behind, always within one scale: on a leaderboard, on the snapshot of date d, v is B's best rating and t the earliest release date of an A model rated at least v on that same snapshot; on a release-dated index, t is the first date A's frontier reached v. Months behind = (d − t) in days / (365.25/12); negative when B is ahead; not given when A never reached v. A value whose t is only a bound (the start of the data) is marked ≥ and left out of averages, which are taken over days.";

    public override string LeadChangeDefinition => "Lead change: a date where the sign of the gap flips; ties do not count.";

    public override string EarlierDefinition => "12 months earlier: the last comparison date on or before the latest date minus 12 calendar months.";

    public override string GroupsDefinition =>
        "Groups: countries as the attribution policy resolves them (see 'airace models'); open = published weights, closed = not published. Models whose country or openness is unknown are left out of those groups and counted.";

    public override string ScaleBreaks(IEnumerable<string> breaks) =>
        $"Scale breaks (median change of the shared models' scores between consecutive editions, beyond 2% of the score spread): {string.Join("; ", breaks)}. Scores are never compared across them.";

    public override string ScaleBreaksNone => "No scale break was found in the metrics of this report.";

    public override string ScaleBreak(string metric, DateOnly date, string kind, string shift, string unit) => $"{metric} {Date(date)} ({kind}, {shift} {unit})";
}
