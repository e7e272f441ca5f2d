using AiRace.Application.Report.Model;

namespace AiRace.Application.Report;

/// <summary>
/// Builds zero or more report sections from the store. Register a new builder in <see cref="ReportSections.All"/> to add
/// a section (adoption, usage, odds); take every word and number format from <see cref="ReportContext.Text"/>.
/// </summary>
public interface IReportSectionBuilder
{
    IEnumerable<ReportSection> Build(ReportContext ctx);
}
