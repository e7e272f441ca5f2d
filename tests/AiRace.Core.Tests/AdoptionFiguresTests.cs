using AiRace.Core.Adoption;
using AiRace.Core.Domain;

namespace AiRace.Core.Tests;

public sealed class AdoptionFiguresTests
{
    private static readonly ModelFamilies Families = new(
    [
        new FamilyRule("Qwen", "Alibaba", ["Qwen/"], ["qwen"], "https://huggingface.co/Qwen"),
        new FamilyRule("Llama", "Meta", ["meta-llama/"], ["llama"], "https://huggingface.co/meta-llama"),
    ]);

    private static HubModelRecord Repo(DateOnly date, string id, string? baseModel = null, string? relation = null, long? downloads = null, DateTimeOffset? created = null) =>
        new(date, id, id.Split('/')[0], downloads, null, null, created, null, null, null, baseModel, relation ?? (baseModel is null ? null : "finetune"), null, null);

    private static HubAttribution Attribution(params HubSnapshot[] snapshots) => new(
        new LineageGraph(snapshots.SelectMany(s => s.Rows).Select(r => new LineageEdge(r.RepoId, r.BaseModel, r.BaseRelation))),
        Families,
        TestDirectory.Policy);

    [Fact]
    public void Derivatives_are_counted_for_their_family_root_with_their_relations()
    {
        var d = new DateOnly(2025, 3, 13);
        var snapshot = new HubSnapshot(HubSourceKind.Listing, d,
        [
            Repo(d, "Qwen/Qwen2.5-7B"),
            Repo(d, "a/qwen-ft", "Qwen/Qwen2.5-7B"),
            Repo(d, "b/qwen-ft-gguf", "a/qwen-ft", "quantized"),
            Repo(d, "c/llama-lora", "meta-llama/Llama-3.1-8B", "adapter"),
            Repo(d, "d/lost", null, "missing"),
        ]);

        var figure = AdoptionFigures.Compute(new AdoptionSelection(AdoptionGrouping.Family, AdoptionMeasure.Derivatives), HubSourceKind.Listing, [snapshot], Attribution(snapshot), []);

        var p = Assert.Single(figure.Points);
        Assert.Equal((4.0, 2.0, 1.0, 1.0), (p.Total, p.Values["Qwen"], p.Values["Llama"], p.Values["unresolved"]));
        Assert.Equal(new Dictionary<string, long> { ["finetune"] = 1, ["quantized"] = 1 }, p.Breakdown!["Qwen"]);
        Assert.Contains("removed or not named", figure.Notes[0], StringComparison.Ordinal);
        Assert.Contains("Open LLM", AdoptionDefinitions.Coverage(HubSourceKind.Leaderboard), StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_that_overtakes_another_in_downloads_is_a_rank_crossing()
    {
        var d1 = new DateOnly(2025, 1, 1);
        var d2 = new DateOnly(2025, 2, 1);
        var s1 = new HubSnapshot(HubSourceKind.Listing, d1, [Repo(d1, "Qwen/Q", downloads: 10), Repo(d1, "meta-llama/L", downloads: 30)]);
        var s2 = new HubSnapshot(HubSourceKind.Listing, d2, [Repo(d2, "Qwen/Q", downloads: 50), Repo(d2, "x/q-gguf", "Qwen/Q", "quantized", 5), Repo(d2, "meta-llama/L", downloads: 40)]);

        var figure = AdoptionFigures.Compute(new AdoptionSelection(AdoptionGrouping.Family, AdoptionMeasure.Downloads), HubSourceKind.Listing, [s2, s1], Attribution(s1, s2), []);

        Assert.Equal([d1, d2], figure.Points.Select(p => p.Date));
        Assert.Equal(55.0, figure.Points[1].Values["Qwen"]);
        Assert.Equal("family Qwen passed family Llama in downloads on 2025-02-01", Assert.Single(figure.Crossings).Text);
    }

    [Fact]
    public void New_derivative_share_splits_one_snapshots_derivatives_by_creation_month()
    {
        var d = new DateOnly(2025, 3, 13);
        var jan = new DateTimeOffset(2025, 1, 20, 0, 0, 0, TimeSpan.Zero);
        var feb = new DateTimeOffset(2025, 2, 3, 0, 0, 0, TimeSpan.Zero);
        var snapshot = new HubSnapshot(HubSourceKind.Leaderboard, d,
        [
            Repo(d, "a/1", "Qwen/Q", created: jan), Repo(d, "a/2", "meta-llama/L", created: jan), Repo(d, "a/3", "Qwen/Q", created: feb),
            Repo(d, "a/4", "Qwen/Q", created: null), Repo(d, "Qwen/Q", created: jan),
        ]);

        var figure = AdoptionFigures.Compute(
            new AdoptionSelection(AdoptionGrouping.Country, AdoptionMeasure.NewDerivativeShare), HubSourceKind.Leaderboard, [snapshot], Attribution(snapshot), []);

        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)], figure.Points.Select(p => p.Date));
        Assert.Equal((0.5, 0.5, 1.0), (figure.Points[0].Shares["CN"], figure.Points[0].Shares["US"], figure.Points[1].Shares["CN"]));
    }
}
