using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Cli.Commands.Odds;

/// <summary>The two frontiers a comparison needs (leader = first group of --between), from observations dated up to <see cref="DataEnd"/>.</summary>
internal sealed record FrontierPair(Metric Metric, FrontierSeries Leader, FrontierSeries Follower, DateOnly DataEnd, IReadOnlyList<ScaleBreak> ScaleBreaks);
