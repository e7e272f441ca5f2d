using System.Text.Json;
using AiRace.Core.Domain;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// Hugging Face Hub snapshots, oldest snapshot first. With <paramref name="asOf"/>, only snapshots taken on or before that date.
    /// <c>tags</c> is stored as a JSON array of strings.
    /// </summary>
    public IReadOnlyList<HubModelSnapshot> HubModels(DateOnly? asOf = null)
    {
        var sql = """
            SELECT snapshot_date, repo_id, author, downloads, downloads_all_time, likes, created_at, pipeline_tag, library,
                   license, base_model, base_relation, parameters, tags
            FROM hub_models
            """ + (asOf is null ? string.Empty : " WHERE snapshot_date <= CAST($1 AS DATE)") + " ORDER BY snapshot_date, import_id, repo_id";
        using var cmd = asOf is { } d ? Command(sql, AsOfText(d)) : Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<HubModelSnapshot>();
        while (r.Read())
        {
            list.Add(new HubModelSnapshot(
                DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), StringOrNull(r, 2), LongOrNull(r, 3), LongOrNull(r, 4),
                LongOrNull(r, 5), r.IsDBNull(6) ? null : new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(6), DateTimeKind.Utc)),
                StringOrNull(r, 7), StringOrNull(r, 8), StringOrNull(r, 9), StringOrNull(r, 10), StringOrNull(r, 11), LongOrNull(r, 12),
                r.IsDBNull(13) ? [] : JsonSerializer.Deserialize(r.GetString(13), StoreJson.Default.StringArray) ?? []));
        }

        return list;
    }

    private void WriteHubModels(long id, IReadOnlyList<HubModelSnapshot> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var app = _connection.CreateAppender("hub_models");
        foreach (var h in rows)
        {
            app.CreateRow()
                .AppendValue(id)
                .AppendValue(h.SnapshotDate)
                .AppendValue(h.RepoId)
                .AppendValue(h.Author)
                .AppendValue(h.Downloads)
                .AppendValue(h.DownloadsAllTime)
                .AppendValue(h.Likes)
                .AppendValue(h.CreatedAt?.UtcDateTime)
                .AppendValue(h.PipelineTag)
                .AppendValue(h.Library)
                .AppendValue(h.License)
                .AppendValue(h.BaseModel)
                .AppendValue(h.BaseRelation)
                .AppendValue(h.Parameters)
                .AppendValue(JsonSerializer.Serialize(h.Tags, StoreJson.Default.IReadOnlyListString))
                .EndRow();
        }
    }

    private static long? LongOrNull(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
}
