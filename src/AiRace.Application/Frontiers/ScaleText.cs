using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Frontiers;

/// <summary>The sentence that says which scale a figure is on, printed with every gap and months-behind figure.</summary>
public static class ScaleText
{
    public static string Of(Metric metric) => metric.Kind == MetricKind.Snapshot
        ? $"scale: each value is computed within one snapshot of {metric.Id} (ratings are never compared across snapshots)"
        : $"scale: the latest edition of {metric.Id} known on the as-of date (older editions are never mixed in)";
}
