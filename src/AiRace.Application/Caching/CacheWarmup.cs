using AiRace.Application.Behind;
using AiRace.Application.Gap;
using AiRace.Application.Trend;
using AiRace.Core;

namespace AiRace.Application.Caching;

/// <summary>
/// The results <c>import</c>, <c>update</c> and <c>rebuild</c> compute into their staging copy before publishing it, for
/// the default as-of date (everything): the gap, months behind and trend of the United States against China on the key
/// measures. An expensive query of a front end belongs in
/// <see cref="Queries"/>, so that its first read after an import is a hit.
/// </summary>
public static class CacheWarmup
{
    /// <summary>The groups compared, as the headline compares them (the United States first).</summary>
    public const string Between = "US,CN";

    /// <summary>The key measures of the headline.</summary>
    public static IReadOnlyList<string> KeyMetrics { get; } = ["lmarena-text", "lmarena-text-style-control", "epoch-eci", "aa-intelligence-index"];

    /// <summary>Every query warmed, each run through the session (its cache keeps the result).</summary>
    public static IReadOnlyList<Action<StoreSession>> Queries { get; } =
    [
        .. KeyMetrics.SelectMany(m => new Action<StoreSession>[]
        {
            s => new GapQuery(m, Between).Run(s),
            s => new BehindQuery(m, Between).Run(s),
            s => new TrendQuery(m, Between).Run(s),
        }),
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
