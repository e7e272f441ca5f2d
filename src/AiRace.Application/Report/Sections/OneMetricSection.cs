using AiRace.Application.Report.Model;
using AiRace.Core.Domain;

namespace AiRace.Application.Report.Sections;

/// <summary>One metric's section on its own (<c>airace report --metric M</c>).</summary>
public sealed class OneMetricSection(Metric metric) : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        yield return MetricGapSections.Section(ctx, metric);
    }
}
