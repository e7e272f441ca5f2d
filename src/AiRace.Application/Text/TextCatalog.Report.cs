namespace AiRace.Application.Text;

/// <summary>The report's frame: title, notes, the headline table and the words shared by every section.</summary>
public abstract partial class TextCatalog
{
    public abstract string ReportTitle { get; }

    public abstract string ReportSubtitle(DateOnly? asOf);

    public abstract string StarterNote { get; }

    public abstract string StarterLoaded(long rows);

    public abstract string NoData { get; }

    public abstract string Written(string path, int charts);

    public abstract string HeadlineTitle { get; }

    public abstract string HeadlineIntro { get; }

    public abstract string HeadlineBars { get; }

    public abstract string ColumnMetric { get; }

    public abstract string ColumnLeader { get; }

    public abstract string ColumnGap { get; }

    public abstract string ColumnGapPercent { get; }

    public abstract string ColumnMonthsBehind { get; }

    public abstract string ColumnAsOf { get; }

    public abstract string ColumnFigure { get; }

    public abstract string ColumnValue { get; }

    public abstract string ColumnDefinition { get; }

    /// <summary>The headers of a figures table (figure, value, as of, definition).</summary>
    public IReadOnlyList<string> FigureColumns => [ColumnFigure, ColumnValue, ColumnAsOf, ColumnDefinition];

    /// <summary>A gap of zero: neither group leads.</summary>
    public abstract string Level { get; }

    /// <summary>Months behind when the leader never reached the follower's level.</summary>
    public abstract string NeverReached { get; }

    /// <summary>A formatted number of months (<c>+5.8 months</c>).</summary>
    public abstract string Months(string months);

    /// <summary>The unit of a difference of percentages.</summary>
    public abstract string PercentagePoints { get; }

    public abstract string DefinitionsTitle { get; }

    public abstract string NotesTitle { get; }

    public abstract string SourcesTitle { get; }

    /// <summary>"Source: …" under a section.</summary>
    public abstract string SourceLabel(string sources);

    /// <summary>"Definition: …" before a definition sentence.</summary>
    public abstract string DefinitionLabel(string definition);
}
