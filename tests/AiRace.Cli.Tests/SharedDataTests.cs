using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class SharedDataTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void A_folder_without_the_listed_files_is_missing_with_the_fix_named()
    {
        var absent = _dir.File("nowhere");

        var (root, missing) = SharedData.Find([_dir.Path, absent]);

        Assert.Equal(_dir.Path, root);
        Assert.NotNull(missing);
        Assert.Contains($"{_dir.Path} lacks {SharedData.ListedFiles.Count} of {SharedData.ListedFiles.Count} files", missing, StringComparison.Ordinal);
        Assert.Contains($"{absent} does not exist", missing, StringComparison.Ordinal);
        Assert.Contains("run scripts/fetch-test-data", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_names_the_files_the_tests_read_with_a_sha256_each()
    {
        Assert.Contains("lmarena-history-jasontrigg0/alltime.csv", SharedData.ListedFiles.Keys);
        Assert.All(SharedData.ListedFiles.Values, sha => Assert.Matches("^[0-9a-f]{64}$", sha));
    }

    [RealDataFact]
    public void The_first_folder_holding_every_listed_file_is_the_one_used()
    {
        var (root, missing) = SharedData.Find([_dir.Path, SharedData.Root]);

        Assert.Null(missing);
        Assert.Equal(SharedData.Root, root);
    }

    public void Dispose() => _dir.Dispose();
}
