namespace AiRace.Core.Odds;

/// <summary>A reference shown beside the model's probability for the closest definition and horizon (null when the reference states no probability).</summary>
public sealed record ReferenceComparison(ReferenceProbability Reference, double? ModelProbability, double? ModelHorizonYears, string? ModelDefinition)
{
    public const string AnyTime = "overtake-any-time";

    public const string AtHorizon = "overtake-at-horizon";

    /// <summary>
    /// Pairs each reference with the model: <c>overtake-at-horizon</c> references with p_at_horizon, any other reference
    /// with a probability with p_any_time, at the simulated horizon closest to the reference's (the longest when it has none).
    /// </summary>
    public static IReadOnlyList<ReferenceComparison> Compare(IEnumerable<ReferenceProbability> references, OvertakeSimulation simulation)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(simulation);
        var list = new List<ReferenceComparison>();
        foreach (var r in references)
        {
            if (r.ProbabilityLow is null && r.ProbabilityHigh is null)
            {
                list.Add(new ReferenceComparison(r, null, null, null));
                continue;
            }

            var h = r.HorizonYears is { } years
                ? simulation.Horizons.MinBy(x => Math.Abs(x.Years - years))!
                : simulation.Horizons[^1];
            var atHorizon = string.Equals(r.Definition, AtHorizon, StringComparison.OrdinalIgnoreCase);
            list.Add(new ReferenceComparison(r, atHorizon ? h.PAtHorizon : h.PAnyTime, h.Years, atHorizon ? AtHorizon : AnyTime));
        }

        return list;
    }
}
