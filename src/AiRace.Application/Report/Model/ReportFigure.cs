namespace AiRace.Application.Report.Model;

/// <summary>One figure: its label, formatted value, as-of date, short definition and source attribution.</summary>
public sealed record ReportFigure(string Label, string Value, string AsOf, string Definition, string Source);
