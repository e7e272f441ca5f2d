using AiRace.Core.Adoption;
using CsCheck;

namespace AiRace.Core.Tests;

public sealed class LineageGraphTests
{
    private static LineageEdge E(string repo, string? b, string? relation = "finetune") => new(repo, b, b is null && relation == "finetune" ? null : relation);

    [Fact]
    public void A_chain_is_followed_to_its_root_with_the_number_of_steps()
    {
        var g = new LineageGraph([E("q/gguf", "u/ft", "quantized"), E("u/ft", "Qwen/Qwen3-8B"), E("Qwen/Qwen3-8B", "Qwen/Qwen3-8B-Base")]);

        var node = g.Resolve("q/gguf");

        Assert.Equal(("Qwen/Qwen3-8B-Base", LineageStatus.Derived, 3), (node.Root, node.Status, node.Depth));
        Assert.Equal(2, g.Resolve("u/ft").Depth);
        Assert.Equal(LineageStatus.Original, g.Resolve("Qwen/Qwen3-8B-Base").Status);
    }

    [Fact]
    public void A_base_the_graph_has_no_edge_for_is_a_root()
    {
        var g = new LineageGraph([E("u/a", "meta-llama/Llama-3.1-8B")]);
        Assert.Equal("meta-llama/Llama-3.1-8B", g.Resolve("u/a").Root);
        Assert.Equal(LineageStatus.Original, g.Resolve("nobody/knows").Status);
    }

    [Fact]
    public void A_cycle_is_reported_once_and_every_repository_leading_into_it_is_unresolved()
    {
        var g = new LineageGraph([E("c/x", "a/x"), E("a/x", "b/x"), E("b/x", "c/x"), E("d/x", "a/x"), E("e/x", "d/x")]);

        Assert.Equal(LineageStatus.Cycle, g.Resolve("e/x").Status);
        Assert.Null(g.Resolve("e/x").Root);
        g.ResolveAll();

        var cycle = Assert.Single(g.Cycles);
        Assert.Equal(["a/x", "b/x", "c/x"], cycle);
        Assert.All(new[] { "a/x", "b/x", "c/x", "d/x" }, r => Assert.Equal(LineageStatus.Cycle, g.Resolve(r).Status));
    }

    [Fact]
    public void A_repository_that_names_itself_as_base_is_a_cycle_of_one()
    {
        var g = new LineageGraph([E("a/x", "a/x")]).ResolveAll();
        Assert.Equal(["a/x"], Assert.Single(g.Cycles));
    }

    [Fact]
    public void A_derivative_whose_base_was_removed_is_a_missing_link_and_so_are_its_descendants()
    {
        var g = new LineageGraph([E("u/merge", null, DerivativeRelationNames.Missing), E("v/ft", "u/merge"), E("w/unnamed-merge", null, "merge")]).ResolveAll();

        Assert.Equal(LineageStatus.MissingLink, g.Resolve("v/ft").Status);
        Assert.Null(g.Resolve("v/ft").Root);
        Assert.Equal(LineageStatus.MissingLink, g.Resolve("w/unnamed-merge").Status);
        Assert.Equal(["u/merge", "w/unnamed-merge"], g.MissingLinks);
    }

    [Fact]
    public void A_chain_100000_links_long_resolves_without_recursion()
    {
        var edges = Enumerable.Range(0, 100_000).Select(i => E($"u/m{i}", $"u/m{i + 1}"));
        var g = new LineageGraph(edges);

        var node = g.Resolve("u/m0");

        Assert.Equal(("u/m100000", 100_000), (node.Root, node.Depth));
    }

    [Fact]
    public void Every_derived_repository_reaches_its_root_by_following_depth_edges()
    {
        // Random graphs over 30 repositories (any shape: chains, cycles, missing links).
        var gen = Gen.Int[0, 29].Select(Gen.Int[-2, 29]).Array[1, 60];
        gen.Sample(pairs =>
        {
            var edges = pairs.GroupBy(p => p.Item1).Select(g => g.Last()).Select(p => p.Item2 switch
            {
                -2 => E($"r/{p.Item1}", null, DerivativeRelationNames.Missing),
                -1 => E($"r/{p.Item1}", null, null),
                var b => E($"r/{p.Item1}", $"r/{b}"),
            }).ToList();
            var graph = new LineageGraph(edges).ResolveAll();
            foreach (var e in edges)
            {
                var node = graph.Resolve(e.RepoId);
                if (node.Status is LineageStatus.Derived or LineageStatus.Original)
                {
                    var current = e.RepoId;
                    for (var i = 0; i < node.Depth; i++)
                    {
                        current = graph.EdgeOf(current)!.Base!;
                    }

                    if (current != node.Root || graph.EdgeOf(current)?.Base is not null)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }
}
