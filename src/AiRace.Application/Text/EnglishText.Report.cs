namespace AiRace.Application.Text;

/// <summary>The report's frame and headline, in English.</summary>
internal sealed partial class EnglishText
{
    public override string ReportTitle => "AiRace report: who leads the AI race, and by how much";

    public override string ReportSubtitle(DateOnly? asOf) =>
        $"Frontier gaps between countries, and between open and closed models, computed from the data in the store. Data up to {(asOf is { } d ? LongDate(d) : NotAvailable)}.";

    public override string StarterNote =>
        "This report uses the bundled starter dataset (hand-curated from public announcements, a source URL on every row). Import real data with 'airace import PATH' for the full picture.";

    public override string StarterLoaded(long rows) => $"The store is empty: showing the bundled starter dataset ({Count(rows)} rows, held in memory; nothing is written to the store).";

    public override string NoData => "The store has no metric with data. Import files with 'airace import PATH'.";

    public override string Written(string path, int charts) => $"Wrote {path} ({Count(charts)} charts).";

    public override string HeadlineTitle => "Headline";

    public override string HeadlineIntro => "The latest United States – China gap on each metric. A positive gap means the United States is ahead.";

    public override string HeadlineBars => "US–China gap, % of the US frontier";

    public override string ColumnMetric => "Metric";

    public override string ColumnLeader => "Leader";

    public override string ColumnGap => "Gap";

    public override string ColumnGapPercent => "Gap (%)";

    public override string ColumnMonthsBehind => "Months behind";

    public override string ColumnAsOf => "As of";

    public override string ColumnFigure => "Figure";

    public override string ColumnValue => "Value";

    public override string ColumnDefinition => "Definition";

    public override string Level => "level";

    public override string NeverReached => "never reached";

    public override string Months(string months) => $"{months} months";

    public override string PercentagePoints => "pp";

    public override string DefinitionsTitle => "Definitions";

    public override string NotesTitle => "Notes";

    public override string SourcesTitle => "Sources";

    public override string SourceLabel(string sources) => $"Source: {sources}";

    public override string DefinitionLabel(string definition) => $"Definition: {definition}";
}
