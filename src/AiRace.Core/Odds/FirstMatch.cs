using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// First-match months behind: for each model that reached the leader's frontier in the window, the delay until the
/// follower's frontier first came within the tolerance of that model's score (0 when it already stood there).
/// Leader models unmatched by the cut-off are right-censored at their follow-up time, never dropped; the estimate is the
/// Kaplan–Meier median delay, with a 90% interval from a moving-block bootstrap over the leader models (in date order).
/// </summary>
internal static class FirstMatch
{
    public const string Definition =
        "first-match: for each model that took the leader's frontier in the window, the months until the follower's frontier first came within the tolerance of its score (0 if already there); unmatched leader models are right-censored at the cut-off; Kaplan–Meier median, 90% moving-block bootstrap interval over leader models";

    public static IReadOnlyList<FirstMatchLeader> Leaders(FrontierSeries leader, FrontierSeries follower, DateOnly? from, DateOnly to, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        var sign = leader.Metric.HigherIsBetter ? 1.0 : -1.0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<FirstMatchLeader>();
        foreach (var p in leader.Points)
        {
            if (p.Date > to || !seen.Add(p.ModelKey) || (from is { } f && p.Date < f))
            {
                continue;
            }

            var level = sign * p.Score - tolerance;
            var match = Match(follower, p.Date, to, level, sign);
            list.Add(match is null
                ? new FirstMatchLeader(p.ModelKey, p.Date, p.Score, null, null, MonthsMath.Between(p.Date, to), true)
                : new FirstMatchLeader(p.ModelKey, p.Date, p.Score, match.ModelKey, match.Date, MonthsMath.Between(p.Date, match.Date), false));
        }

        return list;
    }

    public static MonthsBehindEstimate Estimate(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(options);
        var leaders = Leaders(leader, follower, options.From, options.To, tolerance);
        var times = leaders.Select(l => l.Months).ToArray();
        var events = leaders.Select(l => !l.Censored).ToArray();
        var definition = $"{Definition}; tolerance {tolerance:0.###} {leader.Metric.Unit}";
        if (leaders.Count == 0)
        {
            return new MonthsBehindEstimate(MonthsBehindMethod.FirstMatch, definition, null, null, null, 0, 0, leaders);
        }

        const double notReached = 1e308;
        var ci = MovingBlockBootstrap.StatisticInterval(
            leaders.Count,
            idx => KaplanMeier.Median(idx.Select(i => times[i]).ToArray(), idx.Select(i => events[i]).ToArray()) ?? notReached,
            options.Seed,
            1000);
        static double? Finite(double v) => v > 1e300 || double.IsNaN(v) ? null : v;
        return new MonthsBehindEstimate(
            MonthsBehindMethod.FirstMatch, definition, KaplanMeier.Median(times, events), Finite(ci.Low), Finite(ci.High),
            leaders.Count, leaders.Count(l => l.Censored), leaders);
    }

    private static FrontierPoint? Match(FrontierSeries follower, DateOnly date, DateOnly to, double level, double sign)
    {
        if (follower.At(date) is { } now && sign * now.Score >= level)
        {
            return now with { Date = date };
        }

        foreach (var q in follower.Points)
        {
            if (q.Date > date && q.Date <= to && sign * q.Score >= level)
            {
                return q;
            }
        }

        return null;
    }
}
