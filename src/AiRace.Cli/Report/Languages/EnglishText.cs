using System.Globalization;

namespace AiRace.Cli.Report.Languages;

/// <summary>The report's English wording, dates (ISO, <c>2026-11-29</c>) and numbers (<c>1,234.5</c>).</summary>
internal static class EnglishText
{
    public static ReportLanguage Language { get; } = new(
        "en", Entries, CultureInfo.InvariantCulture.NumberFormat, "yyyy-MM-dd",
        d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    private static Dictionary<string, string> Entries => new(StringComparer.Ordinal)
    {
        ["report.title"] = "AiRace report: who leads the AI race, and by how much",
        ["report.subtitle"] = "Frontier gaps between countries, and between open and closed models, computed from the data in the store. Data up to {0}.",
        ["report.starter_note"] = "This report uses the bundled starter dataset (hand-curated from public announcements, a source URL on every row). Import real data with 'airace import PATH' for the full picture.",
        ["report.starter_loaded"] = "The store was empty: loaded the bundled starter dataset first ({0} rows).",
        ["report.no_data"] = "The store has no metric with data. Import files with 'airace import PATH'.",
        ["report.written"] = "Wrote {0} ({1} charts).",

        ["headline.title"] = "Headline",
        ["headline.intro"] = "The latest United States – China gap on each metric. A positive gap means the United States is ahead.",
        ["headline.bars"] = "US–China gap, % of the US frontier",

        ["col.metric"] = "Metric",
        ["col.leader"] = "Leader",
        ["col.gap"] = "Gap",
        ["col.gap_percent"] = "Gap (%)",
        ["col.months_behind"] = "Months behind",
        ["col.as_of"] = "As of",
        ["col.figure"] = "Figure",
        ["col.value"] = "Value",
        ["col.definition"] = "Definition",
        ["col.source"] = "Source",
        ["value.level"] = "level",
        ["value.never"] = "never reached",
        ["value.na"] = "n/a",
        ["value.months"] = "{0} months",
        ["unit.percentage_points"] = "pp",

        ["metric.meta"] = "{0}; unit: {1}; {2} models; data from {3} to {4}.",
        ["kind.snapshot"] = "Leaderboard snapshots, re-estimated at each date",
        ["kind.release-dated"] = "Scores dated by each model's release",
        ["metricname.lmarena-text"] = "LMArena text (overall)",
        ["metricname.epoch-eci"] = "Epoch Capabilities Index",
        ["metricname.aa-intelligence-index"] = "Artificial Analysis Intelligence Index",
        ["metricname.starter-gpqa-diamond"] = "GPQA Diamond (starter data)",
        ["metricname.starter-mmlu"] = "MMLU (starter data)",
        ["metricname.starter-mmlu-pro"] = "MMLU-Pro (starter data)",

        ["gap.leads"] = "{5}: {0} ahead of {1} by {2} {3} ({4}); {6} scores {7}, {8} scores {9}.",
        ["gap.level"] = "{2}: {0} and {1} level; {3} and {4} both score {5}.",
        ["gap.none"] = "{0} and {1} never both have a model on this metric, so there is no gap to report.",
        ["behind.text"] = "Months behind: {0} {1} months behind {2}; {2} first reached the level of {3} ({4}) on {5}, with {6}.",
        ["behind.never"] = "Months behind: {0} not matched; by {4}, {1} had never reached the level of {2} ({3}).",
        ["earlier.text"] = "12 months earlier, on {0}, the gap was {1} {2} ({3}); on {4} it is {5} {2} ({6}): {7}.",
        ["earlier.none"] = "There is no comparable date 12 months or more before {0}.",
        ["trend.narrowed"] = "narrowed by {0}",
        ["trend.widened"] = "widened by {0}",
        ["trend.unchanged"] = "unchanged",
        ["trend.flipped"] = "the lead changed hands",
        ["leadchanges.none"] = "No lead change between {0} and {1} in the data ({2} to {3}).",
        ["leadchanges.list"] = "Lead changes between {0} and {1}: {2}.",
        ["leadchange.item"] = "{0}, {1} overtakes {2}",
        ["unplaced.text"] = "Left out and counted: {0} models with no resolved country, {1} with unknown openness.",

        ["fig.gap"] = "{0}–{1} gap",
        ["fig.gap_percent"] = "{0}–{1} gap (%)",
        ["fig.behind"] = "Months {1} is behind {0}",
        ["fig.gap_earlier"] = "{0}–{1} gap 12 months earlier",
        ["fig.lead_changes"] = "Lead changes {0}–{1}",
        ["fig.unplaced"] = "Models left out (no country / unknown openness)",
        ["figdef.gap"] = "frontier({0}) − frontier({1}), in {2}",
        ["figdef.gap_percent"] = "gap / frontier({0}) × 100",
        ["figdef.behind"] = "horizontal distance in months of 365.25/12 days; negative when {1} is ahead",
        ["figdef.gap_earlier"] = "the same gap on the last comparison date 12 months or more before",
        ["figdef.lead_changes"] = "dates where the sign of the gap flips",
        ["figdef.unplaced"] = "counted, never guessed",

        ["chart.title"] = "Frontier over time: {0}",
        ["chart.date_axis"] = "Date",
        ["chart.date_format"] = "yyyy-MM",
        ["chart.bar"] = "{0}, {1}",

        ["def.title"] = "Definitions",
        ["def.frontier.snapshot"] = "Frontier (snapshot metric): a group's best score on each snapshot date of the leaderboard.",
        ["def.frontier.release-dated"] = "Frontier (release-dated metric): the best score among the group's models released on or before the date.",
        ["def.gap"] = "Gap: frontier(A) − frontier(B) in the metric's units, signed (positive when A is ahead); gap % = gap / frontier(A) × 100. Snapshot metrics are compared on the dates where both groups have a model; release-dated metrics on every date where either frontier changes.",
        ["def.behind"] = "Months behind, always within one scale: on a leaderboard, on the snapshot of date d, v is B's best rating and t the earliest release date of an A model rated at least v on that same snapshot; on a release-dated index, t is the first date A's frontier reached v. Months behind = (d − t) in days / (365.25/12); negative when B is ahead; not given when A never reached v. A value whose t is only a bound (the start of the data) is marked ≥ and left out of averages, which are taken over days.",
        ["def.scale_breaks"] = "Scale breaks (median change of the shared models' scores between consecutive editions, beyond 2% of the score spread): {0}. Scores are never compared across them.",
        ["def.scale_breaks.none"] = "No scale break was found in the metrics of this report.",
        ["def.lead_change"] = "Lead change: a date where the sign of the gap flips; ties do not count.",
        ["def.earlier"] = "12 months earlier: the last comparison date on or before the latest date minus 12 calendar months.",
        ["def.groups"] = "Groups: countries as the attribution policy resolves them (see 'airace models'); open = published weights, closed = not published. Models whose country or openness is unknown are left out of those groups and counted.",
        ["source.label"] = "Source: {0}",
        ["asof.label"] = "As of {0}",

        ["about.title"] = "Method and sources",
        ["about.text"] = "Every figure in this report comes from the AiRace store under the definitions below. Reproduce any of them with 'airace gap' and 'airace behind' (add --format json).",
        ["about.sources"] = "Data sources in this report:",

        ["group.US"] = "United States",
        ["group.CN"] = "China",
        ["group.open"] = "Open models",
        ["group.closed"] = "Closed models",
    };
}
