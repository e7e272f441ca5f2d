namespace AiRace.Application.Report.Model;

/// <summary>One bar of a terminal bar chart: a label and a value (the terminal cannot show SVG).</summary>
public sealed record ReportBar(string Label, double Value);
