using AiRace.Core.Analysis;

namespace AiRace.Application.Frontiers;

/// <summary>A group's frontier holder on a date: <c>{model, model_key, score}</c>.</summary>
public sealed record GroupScore(string Model, string ModelKey, double Score)
{
    public static GroupScore Of(FrontierPoint p, FrontierSource source)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(source);
        return new(source.ModelName(p.ModelKey), p.ModelKey, p.Score);
    }
}
