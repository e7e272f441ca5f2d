namespace AiRace.Application.Report.Model;

/// <summary>A whole report in one language: title, subtitle, notes (such as the starter-data note) and sections, ready to write.</summary>
public sealed record ReportDocument(
    string Language, string Title, string Subtitle, DateOnly? AsOf, IReadOnlyList<string> Notes, IReadOnlyList<ReportSection> Sections,
    string ContentsTitle = "Contents")
{
    /// <summary>Every chart in the report, in order.</summary>
    public IEnumerable<ReportChart> Charts => Sections.SelectMany(s => s.Blocks).OfType<ReportChart>();
}
