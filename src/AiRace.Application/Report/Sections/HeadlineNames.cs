using AiRace.Application.Headline;
using AiRace.Core.Domain;

namespace AiRace.Application.Report.Sections;

/// <summary>A headline measure's metric and its name in the report's language.</summary>
public static class HeadlineNames
{
    public static Metric Metric(ReportContext ctx, HeadlineMeasure m) => ctx.Metrics.First(x => x.Id == m.Metric);

    public static string Name(ReportContext ctx, HeadlineMeasure m) => ctx.Text.MetricName(m.Metric, m.Name);
}
