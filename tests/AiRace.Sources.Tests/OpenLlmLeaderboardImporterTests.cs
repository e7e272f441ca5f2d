using AiRace.Core.Adoption;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class OpenLlmLeaderboardImporterTests
{
    [RealDataFact]
    public void V2_gives_one_row_per_repository_with_its_lineage_as_the_file_states_it()
    {
        var probe = FileProbe.Of(SharedData.File("open-llm-leaderboard-fboulnois/huggingface_v2.csv"));
        var importer = FileImporters.For(probe);

        Assert.Equal("open-llm-leaderboard-v2", importer!.Kind);
        var rows = importer.Read(probe).HubModels.ToList();

        // python3 csv over huggingface_v2.csv, first row per model_name: 4497 repositories; metadata_base_model equal to the
        // repository 1217, 'Removed' 561, '<itself> (Merge)' 2016, another repository 703; last submission 2025-03-13.
        Assert.Equal(4497, rows.Count);
        Assert.Equal(1217, rows.Count(r => r.BaseRelation is null));
        Assert.Equal(561, rows.Count(r => r.BaseRelation == DerivativeRelationNames.Missing));
        Assert.Equal(2016, rows.Count(r => r.BaseModel is null && r.BaseRelation == "merge"));
        Assert.Equal(703, rows.Count(r => r.BaseModel is not null));
        Assert.All(rows, r => Assert.Equal(new DateOnly(2025, 3, 13), r.SnapshotDate));
        var yi = rows.Single(r => r.RepoId == "01-ai/Yi-Coder-9B-Chat");
        Assert.Equal(("01-ai/Yi-Coder-9B", "finetune"), (yi.BaseModel, yi.BaseRelation));
    }

    [RealDataFact]
    public void V1_gives_likes_and_parameters_without_lineage()
    {
        var probe = FileProbe.Of(SharedData.File("open-llm-leaderboard-fboulnois/huggingface.csv"));
        var rows = FileImporters.For(probe)!.Read(probe).HubModels.ToList();

        // python3 csv: 7169 rows, 6811 distinct fullname; latest date 2024-06-15T11:45:04Z; the first row is
        // paloalma/Le_Triomphant-ECE-TW3 with hub_hearts 2 and params_b 72.
        Assert.Equal(6811, rows.Count);
        Assert.All(rows, r => Assert.Equal(new DateOnly(2024, 6, 15), r.SnapshotDate));
        Assert.Equal((2L, 72_000_000_000L), (rows[0].Likes!.Value, rows[0].Parameters!.Value));
        Assert.All(rows, r => Assert.Null(r.BaseRelation));
    }

    [RealDataFact]
    public void Merged_csv_is_not_read_as_a_leaderboard_snapshot()
    {
        var merged = FileProbe.Of(SharedData.File("open-llm-leaderboard-fboulnois/merged.csv"));
        Assert.False(new OpenLlmLeaderboardImporter(v2: true).CanRead(merged));
        Assert.False(new OpenLlmLeaderboardImporter(v2: false).CanRead(merged));
    }
}
