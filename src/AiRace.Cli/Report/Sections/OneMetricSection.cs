using AiRace.Cli.Report.Model;
using AiRace.Core.Domain;

namespace AiRace.Cli.Report.Sections;

/// <summary>One metric's section on its own (<c>airace report --metric M</c>).</summary>
internal sealed class OneMetricSection(Metric metric) : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        yield return MetricGapSections.Section(ctx, metric);
    }
}
