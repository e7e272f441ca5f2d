using AiRace.Application.Behind;
using AiRace.Application.Gap;
using AiRace.Application.Headline;
using AiRace.Application.Trend;
using AiRace.Core;

namespace AiRace.Application.Caching;

/// <summary>
/// The results <c>import</c>, <c>update</c> and <c>rebuild</c> compute into their staging copy before publishing it, for
/// the default as-of date (everything): the gap, months behind and trend of the United States against China on the key
/// measures, and the headline with its odds. An expensive query of a front end belongs in
/// <see cref="Queries"/>, so that its first read after an import is a hit.
/// </summary>
public static class CacheWarmup
{
    /// <summary>Every query warmed, each run through the session (its cache keeps the result).</summary>
    public static IReadOnlyList<Action<StoreSession>> Queries { get; } =
    [
        .. HeadlineQuery.KeyMetrics.SelectMany(m => new Action<StoreSession>[]
        {
            s => new GapQuery(m, HeadlineQuery.Between).Run(s),
            s => new BehindQuery(m, HeadlineQuery.Between).Run(s),
            s => new TrendQuery(m, HeadlineQuery.Between).Run(s),
        }),
        // The headline itself: the same measures, and the odds (the pooled back-test, the slowest figure a page shows).
        s => new HeadlineQuery().Run(s),
    ];

    /// <summary>
    /// Runs every warm-up query on <paramref name="session"/> (a writer's staging store); a query that the store cannot
    /// answer (a metric it lacks, groups without a comparison) is skipped. Returns how many results were computed.
    /// </summary>
    public static int Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Cache is null)
        {
            return 0;
        }

        var before = session.Cache.Misses;
        foreach (var query in Queries)
        {
            try
            {
                query(session);
            }
            catch (Exception ex) when (ex is AiRaceException or InvalidOperationException or ArgumentException or ArithmeticException)
            {
                // Nothing to warm (a metric the store lacks, groups without a comparison): the import stands, and the read
                // says why when someone asks.
            }
        }

        return session.Cache.Misses - before;
    }
}
