namespace AiRace.Application.Report.Model;

/// <summary>One section of the report: a stable id (used for anchors and file names), a title and its blocks in order.</summary>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportBlock> Blocks);
