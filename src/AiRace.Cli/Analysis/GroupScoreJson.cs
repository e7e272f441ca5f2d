using AiRace.Core.Analysis;

namespace AiRace.Cli.Analysis;

/// <summary>JSON of one group's frontier holder on a date: <c>{model, model_key, score}</c>.</summary>
internal sealed record GroupScoreJson(string Model, string ModelKey, double Score)
{
    public static GroupScoreJson Of(FrontierPoint p, FrontierSource source) => new(source.ModelName(p.ModelKey), p.ModelKey, p.Score);
}
