using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Store;
using DuckDB.NET.Data;

namespace AiRace.Sources.Live.LmArena;

/// <summary>
/// Reads a Parquet file of LMArena's leaderboard dataset with DuckDB's <c>read_parquet</c>: one row per model, category and
/// publish date (<c>model_name, organization, license, rating, rating_lower, rating_upper, vote_count, category,
/// leaderboard_publish_date</c>). Category <c>overall</c> becomes <c>lmarena-text</c>, others <c>lmarena-text-&lt;category&gt;</c>.
/// Rows go to the sink in chunks, so a long history never sits in memory at once.
/// </summary>
public static class LmArenaParquetReader
{
    public const string Attribution =
        "LMArena leaderboard dataset (huggingface.co/datasets/lmarena-ai/leaderboard-dataset), CC BY 4.0; ratings unchanged.";

    private const int Chunk = 20_000;
    private static readonly string[] Required = ["model_name", "rating", "category", "leaderboard_publish_date"];
    private static readonly string[] Optional = ["organization", "license", "rating_lower", "rating_upper", "vote_count"];

    /// <summary>Reads <paramref name="parquetPath"/> into <paramref name="sink"/>; <paramref name="seenModels"/> carries model keys across files.</summary>
    public static long Read(string parquetPath, string sourceKind, IImportSink sink, ISet<string> seenModels)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(seenModels);
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        var source = $"read_parquet('{parquetPath.Replace("'", "''", StringComparison.Ordinal)}')";
        var columns = Columns(db, source);
        foreach (var c in Required.Where(c => !columns.Contains(c)))
        {
            throw new AiRaceException(ErrorKind.BadData, $"the Parquet file has no '{c}' column (columns: {string.Join(", ", columns)})");
        }

        string Col(string name, string type) => columns.Contains(name) ? $"TRY_CAST({name} AS {type})" : $"CAST(NULL AS {type})";
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"""
            SELECT CAST(model_name AS VARCHAR), {Col("organization", "VARCHAR")}, {Col("license", "VARCHAR")}, TRY_CAST(rating AS DOUBLE),
                   {Col("rating_lower", "DOUBLE")}, {Col("rating_upper", "DOUBLE")}, {Col("vote_count", "BIGINT")},
                   CAST(category AS VARCHAR), TRY_CAST(leaderboard_publish_date AS DATE)
            FROM {source}
            """;
        using var r = cmd.ExecuteReader();
        var batch = NewBatch(sourceKind);
        long rows = 0;
        while (r.Read())
        {
            rows++;
            if (r.IsDBNull(0) || r.IsDBNull(3) || r.IsDBNull(7))
            {
                continue;
            }

            if (r.IsDBNull(8))
            {
                throw new AiRaceException(ErrorKind.BadData, $"row {rows} of the Parquet file has no readable leaderboard_publish_date");
            }

            var name = r.GetString(0);
            var key = ModelKeys.Normalize(name);
            var category = r.GetString(7);
            var metric = category == "overall" ? KnownMetrics.LmArenaText : KnownMetrics.LmArenaCategory(category);
            if (!batch.Metrics.Any(m => m.Id == metric.Id))
            {
                batch.Metrics.Add(metric);
            }

            if (seenModels.Add(key))
            {
                batch.Models.Add(new ModelRecord(
                    key, name, r.IsDBNull(1) ? null : r.GetString(1), null,
                    LicenseOpenness.FromLicense(r.IsDBNull(2) ? null : r.GetString(2)), null, name));
            }

            batch.Observations.Add(new Observation(
                metric.Id, key, DateOnly.FromDateTime(r.GetDateTime(8)), r.GetDouble(3),
                r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetInt64(6)));
            if (batch.Observations.Count >= Chunk)
            {
                sink.Add(batch);
                batch = NewBatch(sourceKind);
            }
        }

        sink.Add(batch);
        return rows;
    }

    private static ImportBatch NewBatch(string kind) => new(kind, Attribution);

    private static HashSet<string> Columns(DuckDBConnection db, string source)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"DESCRIBE SELECT * FROM {source}";
        try
        {
            using var r = cmd.ExecuteReader();
            var set = new HashSet<string>(StringComparer.Ordinal);
            while (r.Read())
            {
                set.Add(r.GetString(0));
            }

            return set;
        }
        catch (DuckDBException ex)
        {
            throw new AiRaceException(ErrorKind.BadData, $"not a readable Parquet file ({ex.Message.Split('\n')[0]})", ex);
        }
    }
}
