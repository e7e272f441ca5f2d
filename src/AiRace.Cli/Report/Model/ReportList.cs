namespace AiRace.Cli.Report.Model;

/// <summary>A titled bullet list (definitions, sources).</summary>
internal sealed record ReportList(string Title, IReadOnlyList<string> Items) : ReportBlock;
