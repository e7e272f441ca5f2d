using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class ReadmeCommandTests
{
    [Fact]
    public void The_readme_documents_every_command()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        foreach (var command in AiRaceApp.Commands)
        {
            Assert.Contains($"### `airace {command.Name}", readme, StringComparison.Ordinal);
        }
    }
}
