using AiRace.Core.Domain;

namespace AiRace.Store.Tests;

public sealed class ModelAliasResolutionTests
{
    private static readonly Metric M = new("m", "M", MetricKind.Snapshot, true, "pt", "test metric");
    private static readonly DateOnly D1 = new(2024, 7, 1);
    private static readonly DateOnly D2 = new(2024, 8, 1);

    /// <summary>A keyed source: model key, and the display names it gives.</summary>
    private static ImportBatch Keyed(string key, params string[] names)
    {
        var batch = new ImportBatch("keyed", "t") { AliasScope = "arena" };
        batch.Metrics.Add(M);
        batch.Models.Add(new ModelRecord(key, key, null, null, Openness.Unknown, null));
        batch.Observations.Add(new Observation("m", key, D1, 1000));
        batch.Aliases.Add(new ModelAlias(key, key));
        batch.Aliases.AddRange(names.Select(n => new ModelAlias(n, key)));
        return batch;
    }

    /// <summary>A key-less source: only a normalized display name.</summary>
    private static ImportBatch Named(string name, string? scope = "arena")
    {
        var batch = new ImportBatch("named", "t") { AliasScope = scope };
        batch.Metrics.Add(M);
        batch.Models.Add(new ModelRecord(name, name, null, null, Openness.Unknown, null));
        batch.Observations.Add(new Observation("m", name, D2, 1010));
        return batch;
    }

    private static string[] ImportAll(params ImportBatch[] batches)
    {
        using var store = AiRaceStore.Open(":memory:");
        var i = 0;
        foreach (var b in batches)
        {
            store.Import(b, new ImportSource($"f{i}", $"f{i}", $"sha{i++}", 1));
        }

        return store.Observations("m").Select(o => $"{o.ModelKey}@{o.Date:yyyy-MM-dd}").Order(StringComparer.Ordinal)
            .Concat(store.Models().Select(m => "model:" + m.Key))
            .ToArray();
    }

    [Fact]
    public void A_display_name_joins_its_key_whichever_file_is_imported_first()
    {
        var keyedFirst = ImportAll(Keyed("claude-3-opus-20240229", "claude-3-opus"), Named("claude-3-opus"));
        var namedFirst = ImportAll(Named("claude-3-opus"), Keyed("claude-3-opus-20240229", "claude-3-opus"));

        Assert.Equal(["claude-3-opus-20240229@2024-07-01", "claude-3-opus-20240229@2024-08-01", "model:claude-3-opus-20240229"], keyedFirst);
        Assert.Equal(keyedFirst, namedFirst);
    }

    [Fact]
    public void A_name_that_is_itself_a_key_of_the_scope_is_never_renamed()
    {
        // "gemini-1.5-pro-001" is shown as the display name of an older key, but is also a key in its own right.
        var result = ImportAll(Named("gemini-1.5-pro-001"), Keyed("gemini-1.5-pro-api-0514", "gemini-1.5-pro-001"), Keyed("gemini-1.5-pro-001"));

        Assert.Contains("gemini-1.5-pro-001@2024-08-01", result);
        Assert.DoesNotContain("gemini-1.5-pro-api-0514@2024-08-01", result);
    }

    [Fact]
    public void A_rename_is_undone_when_a_later_import_shows_the_name_is_a_key()
    {
        using var store = AiRaceStore.Open(":memory:");
        store.Import(Keyed("glm-4-plus-0111", "glm-4-plus"), new ImportSource("a", "a", "a", 1));
        store.Import(Named("glm-4-plus"), new ImportSource("b", "b", "b", 1));
        var renamed = store.Observations("m").Single(o => o.Date == D2).ModelKey;
        store.Import(Keyed("glm-4-plus"), new ImportSource("c", "c", "c", 1));
        var restored = store.Observations("m").Single(o => o.Date == D2).ModelKey;

        Assert.Equal("glm-4-plus-0111", renamed);
        Assert.Equal("glm-4-plus", restored);
        Assert.Equal(
            ImportAll(Keyed("glm-4-plus-0111", "glm-4-plus"), Named("glm-4-plus"), Keyed("glm-4-plus")),
            ImportAll(Keyed("glm-4-plus"), Keyed("glm-4-plus-0111", "glm-4-plus"), Named("glm-4-plus")));
    }

    [Fact]
    public void A_name_given_to_two_keys_is_ambiguous_and_left_alone()
    {
        var result = ImportAll(Keyed("llama-405b", "llama-405b-fp8-name"), Keyed("llama-405b-fp8", "llama-405b-fp8-name"), Named("llama-405b-fp8-name"));

        Assert.Contains("llama-405b-fp8-name@2024-08-01", result);
    }

    [Fact]
    public void Aliases_do_not_reach_imports_of_another_scope_or_of_none()
    {
        var other = ImportAll(Keyed("claude-3-opus-20240229", "claude-3-opus"), Named("claude-3-opus", scope: "epoch"));
        var none = ImportAll(Keyed("claude-3-opus-20240229", "claude-3-opus"), Named("claude-3-opus", scope: null));

        Assert.Contains("claude-3-opus@2024-08-01", other);
        Assert.Contains("claude-3-opus@2024-08-01", none);
    }

    [Fact]
    public void Aliases_without_a_scope_are_refused_and_nothing_is_written()
    {
        using var store = AiRaceStore.Open(":memory:");
        var batch = Named("x", scope: null);
        batch.Aliases.Add(new ModelAlias("x", "y"));

        Assert.Throws<ArgumentException>(() => store.Import(batch, new ImportSource("f", "f", "s", 1)));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), store.Counts());
    }
}
