using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Core.Analysis;

/// <summary>
/// Threshold-crossing months behind: the leader's frontier range in the window is cut into evenly spaced score
/// thresholds; for each, the lag is the follower's first date at the threshold minus the leader's (negative when the
/// follower got there first). Lags are smoothed over the leader's dates with a Gaussian kernel (σ = 60 days) and the
/// estimate is the smoothed lag at the latest leader date. Thresholds the follower has not reached by the cut-off are
/// censored and counted, not averaged. 90% interval: moving-block bootstrap over thresholds in score order.
/// </summary>
internal sealed class ThresholdBehind : IBehindMethod
{
    public const string DefinitionText =
        "threshold: for evenly spaced scores in the leader's frontier range over the window, the follower's first date at the score minus the leader's, smoothed with a Gaussian kernel over the leader's dates (sigma {0} days) and read at the latest of them; thresholds the follower has not reached are censored and counted; 90% moving-block bootstrap interval over thresholds";

    public string Name => "threshold";

    public string Definition => DefinitionText;

    public MonthsBehindEstimate Estimate(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(options);
        var definition = string.Format(System.Globalization.CultureInfo.InvariantCulture, DefinitionText, options.KernelSigmaDays);
        if (leader.Metric.Kind == MetricKind.Snapshot)
        {
            return new MonthsBehindEstimate(Name, definition, null, null, null, 0, 0, [], AnalysisDefinitions.CrossSnapshotRefusal);
        }

        var sign = leader.Metric.HigherIsBetter ? 1.0 : -1.0;
        var window = leader.Points.Where(p => p.Date <= options.To && (options.From is not { } f || p.Date >= f)).ToList();
        if (window.Count == 0)
        {
            return Empty(definition);
        }

        var lo = window.Min(p => sign * p.Score);
        var hi = window.Max(p => sign * p.Score);
        var lags = new List<(double LeaderDay, double Lag)>();
        var censored = 0;
        for (var k = 0; k < options.Thresholds; k++)
        {
            var level = lo + (k + 0.5) * (hi - lo) / options.Thresholds;
            var l = FirstAt(leader, sign * level, options.To);
            if (l is null || (options.From is { } from && l.Value < from))
            {
                continue;
            }

            var f = FirstAt(follower, sign * level, options.To);
            if (f is null)
            {
                censored++;
            }
            else
            {
                lags.Add((l.Value.DayNumber, MonthsMath.Between(l.Value, f.Value)));
            }
        }

        if (lags.Count == 0)
        {
            return new MonthsBehindEstimate(Name, definition, null, null, null, censored, censored, []);
        }

        var at = lags.Max(x => x.LeaderDay);
        var all = Enumerable.Range(0, lags.Count).ToArray();
        var estimate = Smoothed(lags, all, at, options.KernelSigmaDays);
        var ci = MovingBlockBootstrap.StatisticInterval(lags.Count, idx => Smoothed(lags, idx, at, options.KernelSigmaDays), options.Seed, 1000);
        return new MonthsBehindEstimate(Name, definition, estimate, ci.Low, ci.High, lags.Count + censored, censored, []);
    }

    /// <summary>Nadaraya–Watson kernel mean of the lags at day <paramref name="at"/>, over the positions <paramref name="idx"/>.</summary>
    internal static double Smoothed(IReadOnlyList<(double LeaderDay, double Lag)> lags, int[] idx, double at, double sigmaDays)
    {
        double num = 0, den = 0;
        foreach (var i in idx)
        {
            var d = (lags[i].LeaderDay - at) / sigmaDays;
            var w = Math.Exp(-0.5 * d * d);
            num += w * lags[i].Lag;
            den += w;
        }

        return den > 0 ? num / den : double.NaN;
    }

    private static DateOnly? FirstAt(FrontierSeries series, double level, DateOnly to)
    {
        var p = series.FirstReaching(level);
        return p is not null && p.Date <= to ? p.Date : null;
    }

    private MonthsBehindEstimate Empty(string definition) =>
        new(Name, definition, null, null, null, 0, 0, []);
}
