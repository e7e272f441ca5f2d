using AiRace.Core.Adoption;

namespace AiRace.Core.Tests;

public sealed class ModelFamiliesTests
{
    private static readonly ModelFamilies Families = new(
    [
        new FamilyRule("Qwen", "Alibaba", ["Qwen/"], ["qwen", "qwq"], "https://huggingface.co/Qwen"),
        new FamilyRule("Gemma", "Google DeepMind", ["google/gemma"], ["gemma"], "https://huggingface.co/google"),
        new FamilyRule("Llama", "Meta", ["meta-llama/"], ["llama", "meta-llama"], "https://huggingface.co/meta-llama"),
    ]);

    [Theory]
    [InlineData("Qwen/Qwen2.5-7B", "Qwen", "Alibaba", FamilyMatchKind.Repository)]
    [InlineData("google/gemma-2-9b", "Gemma", "Google DeepMind", FamilyMatchKind.Repository)]
    [InlineData("google/flan-t5-xl", "google/flan-t5-xl", "Google DeepMind", FamilyMatchKind.LabRepository)]
    [InlineData("unsloth/gemma-2-9b-it-bnb-4bit", "Gemma", "Google DeepMind", FamilyMatchKind.Name)]
    [InlineData("unsloth/Meta-Llama-3.1-8B", "Llama", "Meta", FamilyMatchKind.Name)]
    [InlineData("someone/my-model", "someone/my-model", null, FamilyMatchKind.None)]
    public void A_root_gets_its_family_by_repository_prefix_then_lab_namespace_then_name(string root, string family, string? lab, FamilyMatchKind by) =>
        Assert.Equal(new FamilyMatch(family, lab, by), Families.Match(root, TestDirectory.Directory));

    [Fact]
    public void The_longest_matching_prefix_wins()
    {
        var families = new ModelFamilies(
        [
            new FamilyRule("Mistral", "Mistral AI", ["mistralai/"], ["mistral"], "https://huggingface.co/mistralai"),
            new FamilyRule("Nemo", "Mistral AI", ["mistralai/Mistral-Nemo"], ["mistral-nemo"], "https://huggingface.co/mistralai"),
        ]);

        Assert.Equal("Nemo", families.Match("u/Mistral-Nemo-12B-gguf", TestDirectory.Directory).Family);
        Assert.Equal("Nemo", families.Match("mistralai/Mistral-Nemo-Base-2407", TestDirectory.Directory).Family);
        Assert.Equal("Mistral", families.Match("u/Mistral-7B-gguf", TestDirectory.Directory).Family);
    }

    [Fact]
    public void An_unfollowable_repository_is_attributed_only_by_family_prefixes()
    {
        Assert.Equal("Qwen", Families.MatchUnrooted("Qwen/Qwen2-Math", TestDirectory.Directory)!.Family);
        Assert.Equal(FamilyMatchKind.Name, Families.MatchUnrooted("DreadPoor/Qwen2.5-merge", TestDirectory.Directory)!.By);
        Assert.Null(Families.MatchUnrooted("DreadPoor/Aspire-8B", TestDirectory.Directory));
        // Owned by a lab but of no family and not named like one: its own lab is not its root's lab, so it stays unresolved.
        Assert.Null(Families.MatchUnrooted("google/flan-t5-merge", TestDirectory.Directory));
    }
}
