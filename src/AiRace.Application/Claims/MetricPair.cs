using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Claims;

/// <summary>A metric and the two groups' frontiers on it (A first), loaded for a claim; or why it could not be.</summary>
internal sealed record MetricPair(string MetricId, Metric? Metric, FrontierSeries? A, FrontierSeries? B, string? Missing)
{
    public bool Ok => Missing is null;

    /// <summary>Loads each metric the claim names; a metric the store lacks, or where a group has no model, is returned with the reason.</summary>
    public static IReadOnlyList<MetricPair> Load(ClaimContext ctx, ClaimDefinition claim)
    {
        var a = GroupSpec.Parse(claim.Groups[0]);
        var b = GroupSpec.Parse(claim.Groups[1]);
        var list = new List<MetricPair>();
        foreach (var id in claim.Metrics)
        {
            var metric = ctx.Metric(id);
            if (metric is null || ctx.Observations(id).Count == 0)
            {
                list.Add(new MetricPair(id, metric, null, null, ctx.Text.NoMetric(id)));
                continue;
            }

            var sa = ctx.Series(metric, a);
            var sb = ctx.Series(metric, b);
            var empty = sa.Points.Count == 0 ? a : sb.Points.Count == 0 ? b : null;
            list.Add(new MetricPair(id, metric, sa, sb, empty is null ? null : ctx.Text.NoGroup(id, empty.Label)));
        }

        return list;
    }
}
