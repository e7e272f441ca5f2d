using AiRace.Application.Frontiers;
using AiRace.Core.Analysis;

namespace AiRace.Application.Behind;

/// <summary>
/// One months-behind estimate, the same object wherever it appears (<c>estimate</c> of <c>behind</c>, a row of the trend's
/// <c>months_behind_methods</c>): <c>method</c>, <c>months</c> (null when not estimable), <c>ci90</c> [low, high], <c>n</c>,
/// <c>censored</c>, <c>not_estimable</c> (why, in one sentence), <c>definition</c>, <c>leaders</c> (first-match; null otherwise).
/// </summary>
public sealed record MonthsBehindEstimateResult(
    string Method, double? Months, double?[] Ci90, int N, int Censored, string? NotEstimable, string Definition, IReadOnlyList<LeaderMatchResult>? Leaders)
{
    public static MonthsBehindEstimateResult Of(MonthsBehindEstimate e, FrontierSource source)
    {
        ArgumentNullException.ThrowIfNull(e);
        var leaders = LeadersOf(e, source);
        return new(e.Name, e.Months, [e.Ci90Low, e.Ci90High], e.N, e.Censored, e.NotEstimable, e.Definition, leaders.Count > 0 ? leaders : null);
    }

    /// <summary>Every leader frontier model with the follower model that matched it (or censored when none has yet).</summary>
    public static IReadOnlyList<LeaderMatchResult> LeadersOf(MonthsBehindEstimate e, FrontierSource source)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(source);
        return
        [
            .. e.Leaders.Select(l => new LeaderMatchResult(
                source.ModelName(l.ModelKey), l.ModelKey, l.Date, l.Score,
                l.MatchedBy is null ? null : source.ModelName(l.MatchedBy), l.MatchDate, l.Months, l.Censored)),
        ];
    }
}
