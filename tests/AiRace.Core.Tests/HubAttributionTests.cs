using AiRace.Core.Adoption;

namespace AiRace.Core.Tests;

public sealed class HubAttributionTests
{
    private static readonly ModelFamilies Families = new(
    [
        new FamilyRule("Qwen", "Alibaba", ["Qwen/"], ["qwen"], "https://huggingface.co/Qwen"),
        new FamilyRule("Gemma", "Google DeepMind", ["google/gemma"], ["gemma"], "https://huggingface.co/google"),
    ]);

    [Fact]
    public void A_derivative_counts_for_its_family_roots_lab_and_country_whoever_uploaded_it()
    {
        var graph = new LineageGraph([new LineageEdge("someone/qwen-gguf", "someone/qwen-ft", "quantized"), new LineageEdge("someone/qwen-ft", "Qwen/Qwen3-8B", "finetune")]);
        var a = new HubAttribution(graph, Families, TestDirectory.Policy).For("someone/qwen-gguf");

        Assert.Equal(("Qwen", "Alibaba", "CN", LineageStatus.Derived), (a.Family, a.Lab, a.Country, a.Status));
    }

    [Fact]
    public void A_missing_link_named_like_a_family_is_attributed_by_name_and_otherwise_stays_unresolved()
    {
        var graph = new LineageGraph([new LineageEdge("merger/gemma-2-merge", null, "merge"), new LineageEdge("merger/aspire", null, "missing")]);
        var attribution = new HubAttribution(graph, Families, TestDirectory.Policy);

        var named = attribution.For("merger/gemma-2-merge");
        var unnamed = attribution.For("merger/aspire");

        Assert.Equal(("Gemma", "US", FamilyMatchKind.Name, LineageStatus.MissingLink), (named.Family, named.Country, named.By!.Value, named.Status));
        Assert.Equal(((string?)null, (string?)null, (FamilyMatchKind?)null), (unnamed.Family, unnamed.Country, unnamed.By));
    }
}
