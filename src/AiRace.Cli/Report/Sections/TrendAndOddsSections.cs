using AiRace.Application.Odds;
using AiRace.Cli.Commands.Odds;
using AiRace.Cli.Report.Model;
using AiRace.Cli.Sections;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Cli.Report.Sections;

/// <summary>
/// "Is the gap widening?" and "The odds" for the United States against China, on the report's key metrics: the first
/// of <see cref="Priority"/> with enough history, else the metrics with the longest comparable history (at most
/// <see cref="MaxMetrics"/>). The leader is the group ahead on the last comparison date. The odds come from one pooled
/// back-test over every race, run once per report; a model that lost it is never printed. Fixed seed: the same store
/// gives the same report.
/// </summary>
internal sealed class TrendAndOddsSections : IReportSectionBuilder
{
    public const int MaxMetrics = 2;
    public const int MinComparisonDates = 6;
    public const int Paths = 20_000;
    public const int BacktestPaths = 1_000;

    private static readonly string[] Priority = ["lmarena-text", "epoch-eci", "aa-intelligence-index"];

    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var chosen = ctx.Metrics
            .Select(m => (Metric: m, Gap: ctx.Compare(m, ReportContext.UnitedStates, ReportContext.China).Gap))
            .Where(x => x.Gap.Points.Count >= MinComparisonDates)
            .OrderBy(x => Array.IndexOf(Priority, x.Metric.Id) is var i && i >= 0 ? i : Priority.Length)
            .ThenByDescending(x => x.Gap.Points.Count)
            .Take(MaxMetrics)
            .ToList();
        if (chosen.Count == 0)
        {
            yield break;
        }

        var source = new FrontierRaceSource(ctx.Frontiers, ctx.Metrics);
        var races = RaceCatalog.Build(source);
        var backtest = PooledBacktest.Run(races, new PooledBacktestOptions(Seed: 1, BacktestPaths));
        var trend = new List<ReportBlock>();
        var odds = new List<ReportBlock>();
        foreach (var (metric, gap) in chosen)
        {
            var last = gap.Latest!;
            var usLeads = last.Gap >= 0 == metric.HigherIsBetter || last.Gap == 0;
            var (leader, follower) = usLeads ? (gap.A, gap.B) : (gap.B, gap.A);
            var name = ctx.MetricName(metric);
            var leaderName = ctx.Text.Group(leader.Group);
            var followerName = ctx.Text.Group(follower.Group);

            var t = GapTrendAnalysis.Run(leader, follower, null, last.Date, breaks: ctx.Frontiers.ScaleBreaks(metric));
            trend.Add(new ReportParagraph($"{name} ({metric.Id})"));
            trend.AddRange(GapTrendSection.Build(t, name, leaderName, followerName, ctx.Text).Blocks);

            odds.Add(new ReportParagraph($"{name} ({metric.Id})"));
            try
            {
                var f = ForecastUseCase.Run(source, new ForecastQuery(metric, leader.Group, follower.Group, last.Date, [1, 3, 5]) { Paths = Paths, Seed = 1 }, backtest, races);
                odds.AddRange(OddsSection.Blocks(f, name, leaderName, followerName, ctx.Text));
            }
            catch (AiRaceException e) when (e.Kind == ErrorKind.Usage)
            {
                // A race without enough record-setting releases has no forecast: say why instead of failing the report.
                odds.Add(new ReportParagraph(e.Message));
            }

            odds.Add(new ReportParagraph(ctx.Text.OddsMore(ctx.SourceText(metric), metric.Id, leader.Group.Label, follower.Group.Label)));
        }

        yield return new ReportSection("gap-trend", ctx.Text.TrendTitle, trend);
        yield return new ReportSection("odds", ctx.Text.OddsTitle, odds);
    }
}
