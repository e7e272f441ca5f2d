using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Application.Odds;

/// <summary>
/// <c>airace forecast</c>'s question: will <see cref="Follower"/> overtake <see cref="Leader"/> on <see cref="Metric"/>
/// within each horizon (or by <see cref="By"/>), as of <see cref="AsOf"/> (null: the metric's last data date)? The model
/// is the back-test's choice unless <see cref="Model"/> names one; <see cref="ExtraReferences"/> are shown beside the
/// bundled references.
/// </summary>
public sealed record ForecastQuery(Metric Metric, GroupSpec Leader, GroupSpec Follower, DateOnly? AsOf, IReadOnlyList<double> HorizonsYears)
{
    public DateOnly? By { get; init; }

    public OddsModel? Model { get; init; }

    public int Paths { get; init; } = 20_000;

    public long Seed { get; init; } = 1;

    /// <summary>Monte Carlo paths per back-test forecast.</summary>
    public int BacktestPaths { get; init; } = 1000;

    public IReadOnlyList<ReferenceProbability> ExtraReferences { get; init; } = [];
}
