using AiRace.Core.Adoption;

namespace AiRace.Core.Tests;

public sealed class HubLineageTagsTests
{
    [Fact]
    public void A_relation_tag_names_base_and_relation_before_the_card()
    {
        var (b, r) = HubLineageTags.Base("u/x", ["transformers", "base_model:Qwen/Qwen3-8B", "base_model:quantized:Qwen/Qwen3-8B"], "Qwen/Other");
        Assert.Equal(("Qwen/Qwen3-8B", "quantized"), (b, r));
    }

    [Fact]
    public void Without_a_relation_tag_the_card_then_a_plain_tag_gives_the_base_with_relation_unknown()
    {
        Assert.Equal(("a/b", "unknown"), HubLineageTags.Base("u/x", ["base_model:c/d"], "a/b"));
        Assert.Equal(("c/d", "unknown"), HubLineageTags.Base("u/x", ["base_model:c/d"], null));
    }

    [Theory]
    [InlineData("u/x")]
    [InlineData("")]
    [InlineData(null)]
    public void No_base_or_a_base_equal_to_the_repository_is_an_original(string? card) =>
        Assert.Equal(((string?)null, (string?)null), HubLineageTags.Base("u/x", ["license:mit"], card));

    [Fact]
    public void The_card_licence_wins_over_the_tag() =>
        Assert.Equal(("mit", "apache-2.0"), (HubLineageTags.License(["license:apache-2.0"], "mit"), HubLineageTags.License(["x", "license:apache-2.0"], null)));
}
