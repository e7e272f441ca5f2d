namespace AiRace.Application.Report.Model;

/// <summary>A piece of a section. Writers (terminal, Markdown, HTML) render each kind; see the derived records.</summary>
public abstract record ReportBlock;
