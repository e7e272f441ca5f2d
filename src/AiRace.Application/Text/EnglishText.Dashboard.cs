namespace AiRace.Application.Text;

/// <summary>The dashboard in English.</summary>
internal sealed partial class EnglishText
{
    public override string WebHome => "Headline";

    public override string WebClaims => "Claims";

    public override string WebMetrics => "Metrics";

    public override string WebCompare => "Compare";

    public override string WebOdds => "Odds";

    public override string WebAdoption => "Adoption";

    public override string WebUsage => "Usage";

    public override string WebModels => "Models";

    public override string WebOrgs => "Organizations";

    public override string WebSources => "Sources";

    public override string WebLanguage => "Language";

    public override string WebApply => "Show";

    public override string WebAsOf => "As of";

    public override string WebAllData => "all data";

    public override string WebGroupA => "Group A";

    public override string WebGroupB => "Group B";

    public override string WebMetric => "Metric";

    public override string WebSearch => "Search";

    public override string WebOrganization => "Organization";

    public override string WebCountry => "Country";

    public override string WebOpenness => "Openness";

    public override string WebAny => "any";

    public override string WebGroupBy => "Group by";

    public override string WebDate => "Date";

    public override string WebModel => "Model";

    public override string WebScore => "Score";

    public override string WebGap => "Gap (A − B)";

    public override string WebGapPercent => "Gap %";

    public override string WebMonthsBehind => "Months behind";

    public override string WebLeader => "Leader";

    public override string WebLeadChanges => "Lead changes";

    public override string WebPreviousLeader => "Previous leader";

    public override string WebName => "Name";

    public override string WebUnit => "Unit";

    public override string WebKind => "Kind";

    public override string WebFirstDate => "First date";

    public override string WebLastDate => "Last date";

    public override string WebObservations => "Observations";

    public override string WebRule => "Country rule";

    public override string WebReleaseDate => "Release date";

    public override string WebBestRank => "Best rank";

    public override string WebUnresolved => "Unresolved models";

    public override string WebFile => "File";

    public override string WebRows => "Rows";

    public override string WebImported => "Imported";

    public override string WebAttribution => "Attribution";

    public override string WebTotal => "Total";

    public override string WebDenominator => "Denominator";

    public override string WebCrossings => "Crossings";

    public override string WebCiteThis => "Cite this";

    public override string WebDefinition => "Definition";

    public override string WebSource => "Source";

    public override string WebLink => "Link";

    public override string WebChartText => "The chart as a table";

    public override string WebNoRows => "Nothing matches.";

    public override string WebNever => "never reached";

    public override string WebFooter => "AiRace reads a local store, read-only. It never writes and never calls out to the network.";
}
