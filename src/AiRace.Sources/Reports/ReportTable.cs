namespace AiRace.Sources.Reports;

/// <summary>A table of a report section: a caption, column headers and rows of already-formatted cells.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
