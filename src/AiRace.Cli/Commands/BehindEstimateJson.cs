using AiRace.Core.Analysis;

namespace AiRace.Cli.Commands;

/// <summary>
/// The JSON shape of one months-behind estimate (<c>estimate</c> in <c>behind</c>, a row of <c>months_behind_methods</c>
/// in <c>trend</c>): the same figure for the same method, whichever command prints it.
/// </summary>
internal sealed record BehindEstimateJson(
    string Method, double? Months, double?[] Ci90, int N, int Censored, string? NotEstimable, string Definition)
{
    public static BehindEstimateJson Of(MonthsBehindEstimate e) => new(
        e.Name, Round(e.Months), [Round(e.Ci90Low), Round(e.Ci90High)], e.N, e.Censored, e.NotEstimable, e.Definition);

    private static double? Round(double? x) => x is { } v && double.IsFinite(v) ? Math.Round(v, 3) : null;
}
