using AiRace.Application.Report.Sections;

namespace AiRace.Application.Report;

/// <summary>The report's section builders, in the order the sections appear.</summary>
public static class ReportSections
{
    /// <summary>The headline: the six answers, in order (<c>airace report</c>).</summary>
    public static IReadOnlyList<IReportSectionBuilder> Headline { get; } =
    [
        new AheadSection(),
        new WideningSection(),
        new OddsHeadlineSection(),
        new AdoptionHeadlineSection(),
        new UsageHeadlineSection(),
        new ClaimsHeadlineSection(),
    ];

    /// <summary>The headline, then every metric's section and the full adoption, usage and method sections (<c>--all</c>).</summary>
    public static IReadOnlyList<IReportSectionBuilder> All { get; } =
    [
        .. Headline,
        new OddsFullSection(),
        new AllMetricsSection(),
        new MetricGapSections(),
        new AdoptionSection(),
        new UsageSection(),
        new MethodSection(),
    ];
}
