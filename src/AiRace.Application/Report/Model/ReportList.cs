namespace AiRace.Application.Report.Model;

/// <summary>A titled bullet list (definitions, sources).</summary>
public sealed record ReportList(string Title, IReadOnlyList<string> Items) : ReportBlock;
