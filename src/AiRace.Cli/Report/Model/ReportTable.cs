namespace AiRace.Cli.Report.Model;

/// <summary>A table of already-formatted text cells, with an optional caption (what the table shows, its date and coverage).</summary>
internal sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null) : ReportBlock;
