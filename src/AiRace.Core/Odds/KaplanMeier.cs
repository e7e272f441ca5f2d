namespace AiRace.Core.Odds;

/// <summary>
/// The Kaplan–Meier product-limit estimator of a survival function from right-censored durations. At a time with both
/// events and censorings, the events are counted first (the usual convention).
/// </summary>
internal static class KaplanMeier
{
    /// <summary>The survival curve: (time, S(time)) after each distinct event time.</summary>
    public static IReadOnlyList<(double Time, double Survival)> Curve(IReadOnlyList<double> times, IReadOnlyList<bool> events)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(events);
        var order = Enumerable.Range(0, times.Count).OrderBy(i => times[i]).ThenBy(i => events[i] ? 0 : 1).ToArray();
        var curve = new List<(double, double)>();
        var atRisk = times.Count;
        var s = 1.0;
        var i = 0;
        while (i < order.Length)
        {
            var t = times[order[i]];
            int deaths = 0, leaving = 0;
            while (i < order.Length && times[order[i]] == t)
            {
                deaths += events[order[i]] ? 1 : 0;
                leaving++;
                i++;
            }

            if (deaths > 0)
            {
                s *= 1.0 - (double)deaths / atRisk;
                curve.Add((t, s));
            }

            atRisk -= leaving;
        }

        return curve;
    }

    /// <summary>The median duration: the first event time where S ≤ 0.5, or null when the curve never gets there.</summary>
    public static double? Median(IReadOnlyList<double> times, IReadOnlyList<bool> events)
    {
        foreach (var (t, s) in Curve(times, events))
        {
            if (s <= 0.5 + 1e-12)
            {
                return t;
            }
        }

        return null;
    }
}
