using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// A race: two groups' frontiers on one metric (a country pair, open against closed, or two labs), the metric's
/// rating-method breaks (records restart at each, so no comparison spans two scales), and the last date the metric has
/// data (outcomes are read up to it). Which group leads is read from the data at each date.
/// </summary>
public sealed record Race(string MetricId, GroupKind Kind, FrontierSeries A, FrontierSeries B, IReadOnlyList<DateOnly> MethodBreaks, DateOnly DataEnd)
{
    /// <summary>The race's name, the same whichever group is first: <c>metric:labelA~labelB</c> with the labels in ordinal order.</summary>
    public string Id => Name(MetricId, A.Group.Label, B.Group.Label);

    /// <summary>The race name of two group labels on a metric (order-independent).</summary>
    public static string Name(string metricId, string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{metricId}:{a}~{b}" : $"{metricId}:{b}~{a}";

    /// <summary>The race type the pooled base rate is computed by: the groups' kind (country, openness, lab).</summary>
    public string KindName => Kind switch
    {
        GroupKind.Country => "country",
        GroupKind.Openness => "openness",
        _ => "lab",
    };
}
