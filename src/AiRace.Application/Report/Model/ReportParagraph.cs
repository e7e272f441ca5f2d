namespace AiRace.Application.Report.Model;

/// <summary>A paragraph of plain text (writers escape it).</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;
