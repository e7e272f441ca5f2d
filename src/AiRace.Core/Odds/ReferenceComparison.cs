namespace AiRace.Core.Odds;

/// <summary>
/// A reference beside the model's probability for the same definition: the same window (from the forecast's start to the
/// reference's end), any time or at the end, strictly above; null with a note when the reference has no number, is about
/// another question or metric, or its window ended before the data.
/// </summary>
public sealed record ReferenceComparison(ReferenceProbability Reference, double? ModelProbability, double? ModelHorizonYears, string? ModelDefinition, string? Note)
{
    public const string AnyTime = "overtake-any-time";

    public const string AtHorizon = "overtake-at-horizon";

    public static IReadOnlyList<ReferenceComparison> Compare(IEnumerable<ReferenceProbability> references, OvertakeForecastResult forecast, string metricId)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(forecast);
        var list = new List<ReferenceComparison>();
        foreach (var r in references)
        {
            list.Add(One(r, forecast, metricId));
        }

        return list;
    }

    private static ReferenceComparison One(ReferenceProbability r, OvertakeForecastResult f, string metricId)
    {
        var kind = r.Definition.ToLowerInvariant();
        if (r.ProbabilityLow is null && r.ProbabilityHigh is null)
        {
            return new(r, null, null, null, "a statement without a probability");
        }

        if (kind is not (AnyTime or AtHorizon))
        {
            return new(r, null, null, null, $"a different question ({r.Definition}); the model answers {AnyTime} and {AtHorizon}");
        }

        if (r.Metric is { } m && !string.Equals(m, metricId, StringComparison.OrdinalIgnoreCase))
        {
            return new(r, null, null, null, $"about {m}; forecast on {m} to compare");
        }

        if (r.WindowEnd is not { } end)
        {
            return new(r, null, null, null, "the reference gives no horizon or end date");
        }

        var months = MonthsMath.Between(f.From, end);
        if (months <= 0)
        {
            return new(r, null, null, null, $"its window ended on {end:yyyy-MM-dd}, before the last data date {f.From:yyyy-MM-dd}");
        }

        var at = kind == AtHorizon;
        var p = at
            ? f.Horizons.FirstOrDefault(h => Math.Abs(h.Years * 12 - months) < 1e-6)?.PAtHorizon
            : f.AnyTimeAt(months);
        var definition = $"{(at ? AtHorizon : AnyTime)}, strictly above, {f.From:yyyy-MM-dd} to {end:yyyy-MM-dd}";
        var notes = new List<string>();
        if (r.Metric is null)
        {
            notes.Add($"the reference names no metric; read on {metricId}");
        }

        if (r.Comparison == ReferenceProbability.AtLeast)
        {
            notes.Add("the reference counts ties; the model counts strictly above only");
        }

        if (at && p is null)
        {
            notes.Add($"ask for the window ending {end:yyyy-MM-dd} for the at-horizon probability");
        }

        if (p is null && !at)
        {
            notes.Add("beyond the forecast's longest horizon; ask for a longer horizon");
        }

        return new(r, p, months / 12, definition, notes.Count == 0 ? null : string.Join("; ", notes));
    }
}
