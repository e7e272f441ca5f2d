using AiRace.Core.Analysis;
using AiRace.Core.Odds;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Small JSON helpers for the odds commands: finite numbers or null, intervals as [low, high].</summary>
internal static class OddsJson
{
    public static double? Number(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 6) : null;

    public static double?[] Pair(double? low, double? high) => [Number(low), Number(high)];

    public static double?[] Pair(Interval ci) => Pair(ci.Low, ci.High);

    public static object Trend(TrendEstimate t) => new
    {
        slope_per_year = Number(t.SlopePerYear),
        ci90 = Pair(t.Ci90),
        verdict = TrendVerdictNames.ToText(t.Verdict),
        unit = t.Unit,
        n = t.N,
        block_length = t.BlockLength,
        first = Number(t.First),
        last = Number(t.Last),
        change_points = t.ChangePoints.Select(c => new { date = c.Date, slope_before = Number(c.SlopeBefore), slope_after = Number(c.SlopeAfter) }).ToList(),
    };

    public static object Method(MonthsBehindEstimate m) => new
    {
        method = m.Name,
        months = Number(m.Months),
        ci90 = Pair(m.Ci90Low, m.Ci90High),
        n = m.N,
        censored = m.Censored,
        not_estimable = m.NotEstimable,
        definition = m.Definition,
        leaders = m.Leaders.Count > 0
            ? m.Leaders.Select(l => new
            {
                model = l.ModelKey,
                date = l.Date,
                score = Number(l.Score),
                matched_by = l.MatchedBy,
                match_date = l.MatchDate,
                months = Number(l.Months),
                censored = l.Censored,
            }).ToList()
            : null,
    };
}
