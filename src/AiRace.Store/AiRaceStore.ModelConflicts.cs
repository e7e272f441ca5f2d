using AiRace.Core.Attribution;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// Every model whose sources disagree on openness, release date or organization, one row per field, value and source
    /// kind, ordered by model, field and value. Organizations are compared by their canonical name under
    /// <paramref name="policy"/>, so two spellings of one lab are no conflict.
    /// </summary>
    public IReadOnlyList<ModelConflict> ModelConflicts(CountryAttribution policy, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var filter = asOf is null ? "TRUE" : AsOfImports;
        using var cmd = Command(
            StoreSchema.ModelMergeCtes(filter) + """
                , evidence AS (
                    SELECT key, 'openness' AS field, openness AS value, source_kind, path, source_date FROM open_evidence
                    UNION ALL
                    SELECT key, 'release_date', strftime(release_date, '%Y-%m-%d'), source_kind, path, source_date FROM src WHERE release_date IS NOT NULL
                    UNION ALL
                    SELECT key, 'organization', organization, source_kind, path, source_date FROM src WHERE organization IS NOT NULL
                ),
                disputed AS (SELECT key, field FROM evidence GROUP BY key, field HAVING count(DISTINCT value) > 1)
                SELECT e.key, m.name, e.field, e.value, e.source_kind, count(DISTINCT e.path), min(e.source_date), max(e.source_date),
                       arg_max(e.path, coalesce(e.source_date, DATE '0001-01-01')),
                       CASE e.field WHEN 'openness' THEN m.openness WHEN 'release_date' THEN strftime(m.release_date, '%Y-%m-%d') ELSE m.organization END,
                       CASE e.field WHEN 'openness' THEN m.openness_rule WHEN 'release_date' THEN m.release_date_rule ELSE m.organization_rule END
                FROM evidence e JOIN disputed d ON d.key = e.key AND d.field = e.field JOIN merged m ON m.key = e.key
                GROUP BY ALL ORDER BY e.key, e.field, e.value, e.source_kind
                """,
            asOf is null ? [] : new object?[] { Cutoff(asOf.Value) });
        using var r = cmd.ExecuteReader();
        var rows = new List<ModelConflict>();
        while (r.Read())
        {
            var field = r.GetString(2);
            var value = r.GetString(3);
            var winner = r.GetString(9);
            var won = field == "organization" ? policy.CanonicalOrganization(value) == policy.CanonicalOrganization(winner) : value == winner;
            rows.Add(new ModelConflict(
                r.GetString(0), r.GetString(1), field, value, r.GetString(4), (int)r.GetInt64(5), DateOrNull(r, 6), DateOrNull(r, 7),
                r.GetString(8), winner, won, r.GetString(10)));
        }

        // Spellings of one organization (LMArena's 'minimax' and 'MiniMax') are one value: drop disputes that vanish once canonical.
        var sameLab = rows.Where(c => c.Field == "organization")
            .GroupBy(c => c.Key)
            .Where(g => g.Select(c => policy.CanonicalOrganization(c.Value)).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return rows.Where(c => c.Field != "organization" || !sameLab.Contains(c.Key)).ToList();
    }
}
