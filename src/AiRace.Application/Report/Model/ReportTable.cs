namespace AiRace.Application.Report.Model;

/// <summary>A table of already-formatted text cells, with an optional caption (what the table shows, its date and coverage).</summary>
public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null) : ReportBlock;
