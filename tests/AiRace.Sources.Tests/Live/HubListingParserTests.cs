using System.Text;
using AiRace.Core;
using AiRace.Sources.Live.HuggingFace;

namespace AiRace.Sources.Tests.Live;

public sealed class HubListingParserTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    private static List<Core.Domain.HubModelRecord> Read(string json, string? baseModel = null, string? relation = null) =>
        HubListingParser.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Day, baseModel, relation).ToList();

    [Fact]
    public void The_documented_example_record_reads_with_defaults_for_missing_fields()
    {
        // The example record of ../shared/data/README.md "Live APIs" (no author, no expand fields).
        var h = Assert.Single(Read("""
            [{"_id":"6909b87b734dd24dd19da3ef","id":"moonshotai/Kimi-K2-Thinking","likes":578,"trendingScore":580,"private":false,"downloads":5119,
              "tags":["transformers","safetensors","kimi_k2","text-generation","license:other","region:us"],
              "pipeline_tag":"text-generation","library_name":"transformers","createdAt":"2025-11-04T08:25:31.000Z","modelId":"moonshotai/Kimi-K2-Thinking"}]
            """));
        Assert.Equal(("moonshotai", 5119L, 578L, "other"), (h.Author, h.Downloads!.Value, h.Likes!.Value, h.License));
        Assert.Null(h.DownloadsAllTime);
        Assert.Equal(new DateOnly(2025, 11, 4), HubListingParser.ReleaseDate(h.CreatedAt));
    }

    [Fact]
    public void Lineage_comes_from_base_model_relation_tags_preferring_the_filtered_parent()
    {
        var json = """
            [{"id":"fan/merged","tags":["base_model:lab/a","base_model:merge:lab/a","base_model:merge:lab/b"],"cardData":{"base_model":["lab/a","lab/b"],"license":["mit"]},"safetensors":{"total":7241732096}}]
            """;
        var plain = Assert.Single(Read(json));
        var filtered = Assert.Single(Read(json, "lab/b", "merge"));

        Assert.Equal(("lab/a", "merge", "mit", 7_241_732_096L), (plain.BaseModel, plain.BaseRelation, plain.License, plain.Parameters!.Value));
        Assert.Equal(("lab/b", "merge"), (filtered.BaseModel, filtered.BaseRelation));
    }

    [Fact]
    public void The_hubs_placeholder_creation_date_is_not_a_release_date() =>
        Assert.Null(HubListingParser.ReleaseDate(HubListingParser.UnknownCreation));

    [Theory]
    [InlineData("""[{"id":"a/b","downloads":1},{"id":"a/c","downl""")]
    [InlineData("""{"error":"Invalid credentials"}""")]
    public void Truncated_or_wrong_json_is_bad_data(string json)
    {
        var ex = Assert.Throws<AiRaceException>(() => Read(json));
        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_an_id_is_bad_data() =>
        Assert.Contains("record 2 has no 'id'", Assert.Throws<AiRaceException>(() => Read("""[{"id":"a/b"},{"downloads":3}]""")).Message, StringComparison.Ordinal);
}
