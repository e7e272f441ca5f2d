using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Report;

/// <summary>Two groups compared on one metric over its whole history: the gap series and the months-behind series (B against A).</summary>
public sealed record MetricComparison(Metric Metric, GapSeries Gap, BehindSeries Behind)
{
    public GroupSpec A => Gap.A.Group;

    public GroupSpec B => Gap.B.Group;
}
