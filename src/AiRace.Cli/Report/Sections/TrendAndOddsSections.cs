using AiRace.Cli.Report.Model;
using AiRace.Cli.Sections;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Cli.Report.Sections;

/// <summary>
/// The existing odds computation for the report: the overtaking forecast for the United States against China on one metric
/// (the leader is the group ahead on the last comparison date), rendered by <see cref="OddsSection"/>. Fixed seed: the same
/// store gives the same report. <see cref="OddsHeadlineSection"/> is the one caller.
/// </summary>
internal static class TrendAndOddsSections
{
    public const int MinComparisonDates = 6;
    public const int Paths = 20_000;
    public const int BacktestPaths = 2_000;

    /// <summary>The forecast and its odds section on <paramref name="metric"/>, or null when there is too little history.</summary>
    public static (OvertakeForecastResult Forecast, ReportSection Section)? Odds(ReportContext ctx, Metric metric)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var gap = ctx.Compare(metric, ReportContext.UnitedStates, ReportContext.China).Gap;
        if (gap.Points.Count < MinComparisonDates)
        {
            return null;
        }

        var last = gap.Latest!;
        var usLeads = last.Gap >= 0 == metric.HigherIsBetter || last.Gap == 0;
        var (leader, follower) = usLeads ? (gap.A, gap.B) : (gap.B, gap.A);
        var f = OvertakeForecast.Run(leader, follower, new ForecastOptions(last.Date, [1, 3, 5], Paths, Seed: 1) { BacktestPathsPerOrigin = BacktestPaths });
        var section = OddsSection.Build(f, ctx.MetricName(metric), ctx.Unit(metric), ctx.Text.Group(leader.Group), ctx.Text.Group(follower.Group), ctx.Text.Code);
        return (f, section);
    }
}
