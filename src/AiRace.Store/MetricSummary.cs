using AiRace.Core.Domain;

namespace AiRace.Store;

/// <summary>One metric with its coverage: first and last observation dates, distinct models, observation count.</summary>
public sealed record MetricSummary(
    string Id, string Name, string Kind, bool HigherIsBetter, string Unit, string Description,
    DateOnly? FirstDate, DateOnly? LastDate, long Models, long Observations)
{
    /// <summary>The metric's definition (without its coverage).</summary>
    public Metric ToMetric() => new(Id, Name, MetricKindNames.Parse(Kind), HigherIsBetter, Unit, Description);
}
