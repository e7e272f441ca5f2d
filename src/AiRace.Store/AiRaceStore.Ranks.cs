namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// Each model's best rank on any metric: within each snapshot date for snapshot metrics, among all models for
    /// release-dated ones (1 = best; ties share a rank); on one metric when <paramref name="metricId"/> is given. Used to show which organizations matter to the leaderboards.
    /// </summary>
    public IReadOnlyDictionary<string, long> BestRanks(string? metricId = null)
    {
        using var cmd = Command("""
            WITH obs AS (
                SELECT o.metric, o.model, CASE WHEN m.kind = 'snapshot' THEN o.date END AS day,
                       max(CASE WHEN m.higher_is_better THEN o.score ELSE -o.score END) AS s
                FROM observations o JOIN metrics m ON m.id = o.metric
                WHERE $1 IS NULL OR o.metric = $1
                GROUP BY ALL
            )
            SELECT model, min(r) FROM (
                SELECT model, rank() OVER (PARTITION BY metric, day ORDER BY s DESC) AS r FROM obs
            ) GROUP BY model
            """, metricId);
        using var r = cmd.ExecuteReader();
        var ranks = new Dictionary<string, long>(StringComparer.Ordinal);
        while (r.Read())
        {
            ranks[r.GetString(0)] = r.GetInt64(1);
        }

        return ranks;
    }
}
