using System.Text.Json;
using AiRace.Core.Domain;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// Hugging Face Hub snapshots, oldest snapshot first. With <paramref name="asOf"/>, only snapshots taken on or before that date.
    /// <c>tags</c> is '|'-joined, as every importer writes it.
    /// </summary>
    public IReadOnlyList<HubModelRecord> HubModels(DateOnly? asOf = null)
    {
        var sql = """
            SELECT snapshot_date, repo_id, author, downloads, downloads_all_time, likes, created_at, pipeline_tag, library,
                   license, base_model, base_relation, parameters, tags
            FROM hub_models
            """ + (asOf is null ? string.Empty : " WHERE snapshot_date <= CAST($1 AS DATE)") + " ORDER BY snapshot_date, import_id, repo_id";
        using var cmd = asOf is { } d ? Command(sql, AsOfText(d)) : Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<HubModelRecord>();
        while (r.Read())
        {
            list.Add(new HubModelRecord(
                DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), StringOrNull(r, 2), LongOrNull(r, 3), LongOrNull(r, 4),
                LongOrNull(r, 5), r.IsDBNull(6) ? null : new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(6), DateTimeKind.Utc)),
                StringOrNull(r, 7), StringOrNull(r, 8), StringOrNull(r, 9), StringOrNull(r, 10), StringOrNull(r, 11), LongOrNull(r, 12),
                StringOrNull(r, 13)));
        }

        return list;
    }


}
