using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Core.Analysis;

/// <summary>
/// First-match months behind: for each model that reached the leader's frontier in the window, the delay until the
/// follower's frontier first came within the tolerance of that model's score (0 when it already stood there).
/// Leader models unmatched by the cut-off are right-censored at their follow-up time, never dropped; the estimate is the
/// Kaplan–Meier median delay, with a 90% interval from a moving-block bootstrap over the leader models (in date order).
/// </summary>
internal sealed class FirstMatchBehind : IBehindMethod
{
    public const string DefinitionText =
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

    /// <summary>More than this share of censored leader models leaves the median to the censoring pattern: not estimable.</summary>
    public const double MaxCensoredShare = 1.0 / 3;

    /// <summary>Fewer matched leader models than this cannot give a median.</summary>
    public const int MinimumMatched = 4;

    /// <summary>A median that one left-out leader model moves by more than this share (and by more than a month) is decided by one pair.</summary>
    public const double MaxLeaveOneOutShift = 0.5;

    public string Name => "first-match";

    public string Definition => DefinitionText;

    /// <summary>The default tolerance: 1% of the range of both frontiers' scores in the window.</summary>
    public static double DefaultTolerance(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(options);
        var scores = leader.Points.Concat(follower.Points)
            .Where(p => p.Date <= options.To && (options.From is not { } f || p.Date >= f))
            .Select(p => p.Score).ToList();
        return scores.Count == 0 ? 0 : 0.01 * (scores.Max() - scores.Min());
    }

    public MonthsBehindEstimate Estimate(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(options);
        var tolerance = options.Tolerance ?? DefaultTolerance(leader, follower, options);
        var definition = $"{DefinitionText}; tolerance {tolerance:0.###} {leader.Metric.Unit}";
        if (leader.Metric.Kind == MetricKind.Snapshot)
        {
            return new MonthsBehindEstimate(Name, definition, null, null, null, 0, 0, [], AnalysisDefinitions.CrossSnapshotRefusal);
        }

        var leaders = Leaders(leader, follower, options.From, options.To, tolerance);
        var times = leaders.Select(l => l.Months).ToArray();
        var events = leaders.Select(l => !l.Censored).ToArray();
        if (leaders.Count == 0)
        {
            return new MonthsBehindEstimate(Name, definition, null, null, null, 0, 0, leaders, "no leader model took the frontier in the window");
        }

        var median = KaplanMeier.Median(times, events);
        var censored = leaders.Count(l => l.Censored);
        var reason = NotEstimable(leaders, times, events, median, censored);
        if (reason is not null)
        {
            return new MonthsBehindEstimate(Name, definition, null, null, null, leaders.Count, censored, leaders, reason);
        }

        const double notReached = 1e308;
        var ci = MovingBlockBootstrap.StatisticInterval(
            leaders.Count,
            idx => KaplanMeier.Median(idx.Select(i => times[i]).ToArray(), idx.Select(i => events[i]).ToArray()) ?? notReached,
            options.Seed,
            1000);
        static double? Finite(double v) => v > 1e300 || double.IsNaN(v) ? null : v;
        return new MonthsBehindEstimate(Name, definition, median, Finite(ci.Low), Finite(ci.High), leaders.Count, censored, leaders);
    }

    /// <summary>Why the Kaplan–Meier median cannot be trusted here, or null when it can.</summary>
    private static string? NotEstimable(IReadOnlyList<FirstMatchLeader> leaders, double[] times, bool[] events, double? median, int censored)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        if (median is null)
        {
            return string.Create(c, $"the Kaplan–Meier median is not reached: {censored} of {leaders.Count} leader models are not yet matched");
        }

        if (censored > MaxCensoredShare * leaders.Count)
        {
            return string.Create(c, $"too much censoring: {censored} of {leaders.Count} leader models are not yet matched (more than a third), so the median depends on when they will be");
        }

        if (leaders.Count - censored < MinimumMatched)
        {
            return string.Create(c, $"only {leaders.Count - censored} leader models were matched (at least {MinimumMatched} are needed)");
        }

        for (var i = 0; i < leaders.Count; i++)
        {
            var t = times.Where((_, k) => k != i).ToArray();
            var e = events.Where((_, k) => k != i).ToArray();
            var without = KaplanMeier.Median(t, e);
            var shift = without is null ? double.PositiveInfinity : Math.Abs(without.Value - median.Value);
            if (shift > 1 && shift > MaxLeaveOneOutShift * Math.Abs(median.Value))
            {
                var l = leaders[i];
                return string.Create(
                    c, $"one pair decides it: leaving out {l.ModelKey} ({(l.MatchedBy is null ? "unmatched" : "matched by " + l.MatchedBy)}) moves the median from {median.Value:0.0} to {(without is null ? "not reached" : without.Value.ToString("0.0", c))} months");
            }
        }

        return null;
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
