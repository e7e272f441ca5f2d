using AiRace.Core.Domain;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>Writes the batch's usage, trending and Hub rows (inside the caller's transaction); returns how many.</summary>
    private long WriteAdoptionRows(long id, ImportBatch batch)
    {
        long rows = 0;
        using (var app = _connection.CreateAppender("usage_weekly"))
        {
            foreach (var u in batch.Usage)
            {
                app.CreateRow()
                    .AppendValue(id).AppendValue(u.SourceDate).AppendValue(u.Week).AppendValue(u.Slug).AppendValue(u.BaseSlug)
                    .AppendValue(u.Variant).AppendValue(u.IsFree).AppendValue(u.SourceIsFree).AppendValue(u.Name).AppendValue(u.Rank)
                    .AppendValue(u.TotalTokens).AppendValue(u.PercentChange).AppendValue(u.ListedModels).AppendValue(u.ListedTotal)
                    .AppendValue(u.SourceTotal).AppendValue(u.HasOtherRow)
                    .EndRow();
                rows++;
            }
        }

        using (var app = _connection.CreateAppender("hub_trending"))
        {
            foreach (var t in batch.HubTrending)
            {
                app.CreateRow().AppendValue(id).AppendValue(t.SnapshotDate).AppendValue(t.Rank).AppendValue(t.RepoId).EndRow();
            }
        }

        using (var app = _connection.CreateAppender("hub_models"))
        {
            foreach (var m in batch.HubModels)
            {
                app.CreateRow()
                    .AppendValue(id).AppendValue(m.SnapshotDate).AppendValue(m.RepoId).AppendValue(m.Author)
                    .AppendValue(m.Downloads).AppendValue(m.DownloadsAllTime).AppendValue(m.Likes).AppendValue(m.CreatedAt?.UtcDateTime)
                    .AppendValue(m.PipelineTag).AppendValue(m.Library).AppendValue(m.License).AppendValue(m.BaseModel)
                    .AppendValue(m.BaseRelation).AppendValue(m.Parameters).AppendValue(m.Tags)
                    .EndRow();
                rows++;
            }
        }

        if (batch.HubModelsFile is { } file)
        {
            using var literal = LiteralPath.For(file.Path);
            using var cmd = Command(HubModelsJsonSql.Insert(id, file with { Path = literal.Path }));
            rows += cmd.ExecuteNonQuery();
        }

        return rows;
    }
}
