namespace AiRace.Cli.Report.Model;

/// <summary>A paragraph of plain text (writers escape it).</summary>
internal sealed record ReportParagraph(string Text) : ReportBlock;
