using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Validation;

/// <summary>The one lookup of a metric id: an unknown id is a usage error listing the ids the store has, closest first.</summary>
public static class MetricIds
{
    /// <summary>The metric with id <paramref name="id"/>.</summary>
    public static Metric Resolve(AiRaceStore store, string? id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!string.IsNullOrWhiteSpace(id) && store.FindMetric(id.Trim()) is { } metric)
        {
            return metric;
        }

        throw Unknown(store, id);
    }

    /// <summary>The one unknown-metric error.</summary>
    public static AiRaceException Unknown(AiRaceStore store, string? id)
    {
        ArgumentNullException.ThrowIfNull(store);
        return QueryInput.Error("metric", Message(id, store.Metrics().Select(m => m.Id).ToList()));
    }

    /// <summary>The one unknown-metric message: the id, then the known ids (closest first) or how to get some.</summary>
    public static string Message(string? id, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var have = known.Count == 0
            ? "the store has no metrics yet; import data first (or build the report once to load the starter dataset)."
            : $"available metrics: {Spellings.List(id, known)}.";
        return $"Unknown metric '{id}': {have}";
    }
}
