using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    public static TheoryData<string> CommandNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in AiRaceApp.Commands)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_command_has_a_section_in_the_readme(string name) =>
        Assert.Contains($"### `airace {name}", Readme, StringComparison.Ordinal);

    [Fact]
    public void The_readme_names_the_test_command_that_ci_runs()
    {
        var ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
        Assert.Contains("dotnet test AiRace.sln", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test AiRace.sln", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_global_option_is_documented() =>
        Assert.All(GlobalOptions.All, o => Assert.Contains($"`{o.Name}", Readme, StringComparison.Ordinal));
}
