using AiRace.Application.Claims;
using AiRace.Application.Odds;

namespace AiRace.Application.Headline;

/// <summary>
/// "Is China catching up with the US in AI?": the figures of the headline report, in order: the gap on the key measures
/// (<see cref="Gap.GapQuery"/>, months behind by <see cref="Behind.BehindQuery"/>'s default method), whether it is widening
/// (<see cref="Trend.TrendQuery"/>), the odds (<see cref="OvertakeOdds"/>), adoption (<see cref="Adoption.AdoptionQuery"/>), usage (<see cref="Usage.UsageQuery"/>) and the claims
/// ledger (<see cref="ClaimsQuery"/>). The one entry point every front end calls; its result is data, no words.
/// </summary>
/// <param name="AsOf">Use only data retrieved on or before this date; null for everything.</param>
/// <param name="Metrics">The measures to compare; null for <see cref="KeyMetrics"/> (those with data), else the first metrics with a US–China comparison.</param>
/// <param name="Seed">Random seed of the trend bootstrap (same seed, same numbers).</param>
public sealed record HeadlineQuery(DateOnly? AsOf = null, IReadOnlyList<string>? Metrics = null, long Seed = 1)
{
    /// <summary>The key measures: LMArena text with and without style control, Epoch ECI, the Artificial Analysis Intelligence Index.</summary>
    public static IReadOnlyList<string> KeyMetrics { get; } = ["lmarena-text", "lmarena-text-style-control", "epoch-eci", "aa-intelligence-index"];

    /// <summary>The two groups compared, leader first (the gap is US − CN).</summary>
    public const string Between = "US,CN";

    /// <summary>How many metrics a store without the key measures (the starter data) shows.</summary>
    public const int FallbackMetrics = 4;

    public HeadlineResult Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var store = session.Store;
        var withData = store.Metrics(AsOf).Where(m => m.Observations > 0).ToList();
        var ids = Metrics ?? KeyMetrics.Where(k => withData.Any(m => m.Id == k)).ToList();
        if (ids.Count == 0)
        {
            ids = [.. withData.Select(m => m.Id)];
        }

        var measures = new List<HeadlineMeasure>();
        foreach (var id in ids)
        {
            if (HeadlineMeasures.TryBuild(session, id, AsOf, Seed) is { } m)
            {
                measures.Add(m);
            }

            if (Metrics is null && measures.Count == FallbackMetrics)
            {
                break;
            }
        }

        // The odds on the first key measure whose trend could be fitted and whose race has enough history.
        var forecast = measures.Where(m => m.Trend is not null).Select(m => OvertakeOdds.Forecast(session, m.Metric, Between, AsOf)).FirstOrDefault(f => f is not null);
        var claims = ClaimsQueries.Run(store, session.Attribution, new ClaimsQuery(AsOf: AsOf));
        return new HeadlineResult(
            AsOf ?? withData.Select(m => m.LastDate).Max(),
            Between,
            measures,
            forecast,
            HeadlineShares.Adoption(session, AsOf),
            HeadlineShares.Usage(session, AsOf),
            [.. claims.Claims.Select(HeadlineClaim.Of)]);
    }
}
