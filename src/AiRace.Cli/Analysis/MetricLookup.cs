using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Cli.Analysis;

/// <summary>Finds a metric by id; an unknown id is a usage error listing the ids the store has.</summary>
internal static class MetricLookup
{
    public static Metric Resolve(AiRaceStore store, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && store.FindMetric(id.Trim()) is { } metric)
        {
            return metric;
        }

        var ids = store.Metrics().Select(m => m.Id).ToList();
        var have = ids.Count == 0
            ? "the store has no metrics yet; import data with 'airace import PATH' (or run 'airace report' to load the starter dataset)."
            : $"available metrics: {string.Join(", ", ids)}.";
        throw new AiRaceException(ErrorKind.Usage, $"Unknown metric '{id}': {have}");
    }
}
