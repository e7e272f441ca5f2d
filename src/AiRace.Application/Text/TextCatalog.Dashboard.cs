namespace AiRace.Application.Text;

/// <summary>The dashboard's words (<c>airace serve</c>): navigation, page titles, controls, column heads, the cite line.</summary>
public abstract partial class TextCatalog
{
    public abstract string WebHome { get; }

    public abstract string WebClaims { get; }

    public abstract string WebMetrics { get; }

    public abstract string WebCompare { get; }

    public abstract string WebOdds { get; }

    public abstract string WebAdoption { get; }

    public abstract string WebUsage { get; }

    public abstract string WebModels { get; }

    public abstract string WebOrgs { get; }

    public abstract string WebSources { get; }

    public abstract string WebLanguage { get; }

    public abstract string WebApply { get; }

    public abstract string WebAsOf { get; }

    public abstract string WebAllData { get; }

    public abstract string WebGroupA { get; }

    public abstract string WebGroupB { get; }

    public abstract string WebMetric { get; }

    public abstract string WebSearch { get; }

    public abstract string WebOrganization { get; }

    public abstract string WebCountry { get; }

    public abstract string WebOpenness { get; }

    public abstract string WebAny { get; }

    public abstract string WebGroupBy { get; }

    public abstract string WebDate { get; }

    public abstract string WebModel { get; }

    public abstract string WebScore { get; }

    public abstract string WebGap { get; }

    public abstract string WebGapPercent { get; }

    public abstract string WebMonthsBehind { get; }

    public abstract string WebLeader { get; }

    public abstract string WebLeadChanges { get; }

    public abstract string WebPreviousLeader { get; }

    public abstract string WebName { get; }

    public abstract string WebUnit { get; }

    public abstract string WebKind { get; }

    public abstract string WebFirstDate { get; }

    public abstract string WebLastDate { get; }

    public abstract string WebObservations { get; }

    public abstract string WebRule { get; }

    public abstract string WebReleaseDate { get; }

    public abstract string WebBestRank { get; }

    public abstract string WebUnresolved { get; }

    public abstract string WebFile { get; }

    public abstract string WebRows { get; }

    public abstract string WebImported { get; }

    public abstract string WebAttribution { get; }

    public abstract string WebTotal { get; }

    public abstract string WebDenominator { get; }

    public abstract string WebCrossings { get; }

    public abstract string WebCiteThis { get; }

    public abstract string WebDefinition { get; }

    public abstract string WebSource { get; }

    public abstract string WebLink { get; }

    public abstract string WebChartText { get; }

    public abstract string WebNoRows { get; }

    public abstract string WebNever { get; }

    public abstract string WebFooter { get; }
}
