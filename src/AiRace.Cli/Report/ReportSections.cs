using AiRace.Cli.Report.Sections;

namespace AiRace.Cli.Report;

/// <summary>The report's section builders, in the order the sections appear.</summary>
internal static class ReportSections
{
    public static IReadOnlyList<IReportSectionBuilder> All { get; } =
    [
        new HeadlineSection(),
        new MetricGapSections(),
        new TrendAndOddsSections(),
        new AdoptionSection(),
        new UsageSection(),
        new MethodSection(),
    ];
}
