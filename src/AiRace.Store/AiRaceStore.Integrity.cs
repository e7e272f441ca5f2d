using System.Globalization;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>Every table whose rows belong to an import (by <c>import_id</c>).</summary>
    private static readonly string[] ImportOwnedTables =
    [
        "model_sources", "organization_sources", "observations", "usage_weekly", "hub_models", "hub_trending", "model_aliases",
        "import_alias_scopes", "archive",
    ];

    /// <summary>The tables whose rows an import record counts (<c>imports.rows</c>).</summary>
    private static readonly string[] CountedTables = ["model_sources", "organization_sources", "observations", "usage_weekly", "hub_models"];

    /// <summary>
    /// Verifies the store's integrity: rows whose import record is missing, archived responses of an import that has no
    /// rows left, and imports whose recorded row count differs from the rows stored under them. Empty: the store is sound.
    /// <c>airace rebuild</c> repairs every problem found here.
    /// </summary>
    public IReadOnlyList<IntegrityProblem> CheckIntegrity()
    {
        var problems = new List<IntegrityProblem>();
        foreach (var table in ImportOwnedTables)
        {
            using var cmd = Command($"SELECT import_id, count(*) FROM {table} WHERE import_id NOT IN (SELECT id FROM imports) GROUP BY import_id ORDER BY import_id");
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = r.GetInt64(0);
                var rows = r.GetInt64(1);
                problems.Add(new IntegrityProblem(
                    "orphan-rows", table, rows, id,
                    string.Create(CultureInfo.InvariantCulture, $"{rows} rows in {table} under import {id}, which has no import record")));
            }
        }

        var counted = string.Join(" UNION ALL ", CountedTables.Select(t => $"SELECT import_id, count(*) AS n FROM {t} GROUP BY import_id"));
        using (var cmd = Command($"""
            SELECT i.id, i.file_name, i.rows, coalesce(c.n, 0) AS stored,
                   EXISTS (SELECT 1 FROM archive a WHERE a.import_id = i.id) AS archived
            FROM imports i LEFT JOIN (SELECT import_id, CAST(sum(n) AS BIGINT) AS n FROM ({counted}) GROUP BY import_id) c ON c.import_id = i.id
            WHERE coalesce(c.n, 0) <> i.rows
            ORDER BY i.id
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetInt64(0);
                var name = r.GetString(1);
                var recorded = r.GetInt64(2);
                var stored = Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture);
                var archived = r.GetBoolean(4);
                problems.Add(stored == 0 && archived
                    ? new IntegrityProblem("archive-without-rows", "archive", recorded, id,
                        string.Create(CultureInfo.InvariantCulture, $"import {id} ('{name}') has archived responses but none of its {recorded} rows"))
                    : new IntegrityProblem("count-mismatch", "imports", stored, id,
                        string.Create(CultureInfo.InvariantCulture, $"import {id} ('{name}') records {recorded} rows but {stored} are stored")));
            }
        }

        return problems;
    }
}
