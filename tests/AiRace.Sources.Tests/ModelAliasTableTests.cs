using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class ModelAliasTableTests
{
    private static ModelAliasTable Parse(string text) => ModelAliasTable.Parse(new StringReader(text), "aliases.csv");

    [Fact]
    public void Resolves_an_alias_by_its_normalized_spelling_and_passes_other_names_through_normalized()
    {
        var table = Parse("alias,key,evidence\nCommand R+,command-r-plus,same score\n");

        Assert.Equal("command-r-plus", table.Resolve("command  R+"));
        Assert.Equal("gpt-4o-2024-05-13", table.Resolve("GPT-4o-2024-05-13"));
    }

    [Theory]
    [InlineData("alias,key,evidence\nA,b,x\nA,c,y\n", "line 3: alias 'a' already maps to 'b'")]
    [InlineData("alias,key,evidence\nGPT 4,gpt-4,x\n", "line 2: alias 'gpt-4' normalizes to its own key")]
    [InlineData("alias,key,evidence\nA,b,\n", "line 2: say how the alias was verified")]
    [InlineData("alias,key,evidence\nA,b,x\nB,c,x\n", "key 'b' of alias 'a' is itself an alias")]
    [InlineData("name,key\nA,b\n", "the header must be 'alias,key,evidence'")]
    public void Refuses_a_table_that_would_be_ambiguous_or_unverified(string text, string message)
    {
        var ex = Assert.Throws<AiRaceException>(() => Parse(text));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void The_bundled_table_is_a_short_list_whose_keys_are_real_lmarena_keys_and_whose_aliases_are_not()
    {
        var keys = LmArenaKeysInSharedData();
        var table = ModelAliasTable.Bundled;

        Assert.InRange(table.Count, 1, 30);
        Assert.All(table.Entries, e =>
        {
            Assert.Contains(e.Value, keys);
            Assert.DoesNotContain(e.Key, keys);
        });
    }

    /// <summary>Every key of alltime.csv, the arena-catalog boards and the oolong boards, normalized.</summary>
    private static HashSet<string> LmArenaKeysInSharedData()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.File("lmarena-history-jasontrigg0/alltime.csv")).Skip(1))
        {
            keys.Add(ModelKeys.Normalize(line[..line.IndexOf(',', StringComparison.Ordinal)]));
        }

        foreach (var file in Directory.EnumerateFiles(SharedData.Folder("lmarena-arena-catalog"), "leaderboard-text*.json", SearchOption.AllDirectories))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var category in doc.RootElement.EnumerateObject())
            {
                keys.UnionWith(category.Value.EnumerateObject().Select(m => ModelKeys.Normalize(m.Name)));
            }
        }

        foreach (var file in Directory.EnumerateFiles(SharedData.Folder("lmarena-oolong-daily"), "*.json", SearchOption.AllDirectories))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            keys.UnionWith(doc.RootElement.GetProperty("models").EnumerateArray().Select(m => ModelKeys.Normalize(m.GetProperty("model").GetString()!)));
        }

        return keys;
    }
}
