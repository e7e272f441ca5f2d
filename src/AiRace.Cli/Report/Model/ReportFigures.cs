namespace AiRace.Cli.Report.Model;

/// <summary>A table of figures, each with its value, as-of date, definition and source.</summary>
internal sealed record ReportFigures(IReadOnlyList<ReportFigure> Figures) : ReportBlock;
