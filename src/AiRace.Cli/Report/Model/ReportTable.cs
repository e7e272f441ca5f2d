namespace AiRace.Cli.Report.Model;

/// <summary>A plain table of text cells.</summary>
internal sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
