using System.CommandLine;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary>Walks the help of every command: one example that parses, each default printed once, no text copied between commands.</summary>
public sealed class HelpTextTests
{
    public static TheoryData<string> CommandNames => [.. AiRaceApp.Commands.Select(c => c.Name).Prepend(string.Empty)];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_help_ends_with_exactly_one_example_that_parses(string name)
    {
        var args = name.Length == 0 ? new[] { "--help" } : [name, "--help"];

        var (code, output, err) = CliRunner.Run(args);

        Assert.True(code == 0, err);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var at = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i] == "Example:");
        var example = lines[at + 1].Trim();
        Assert.StartsWith(name.Length == 0 ? "airace " : $"airace {name} ", example, StringComparison.Ordinal);
        Assert.All(lines.Skip(at + 2), l => Assert.True(string.IsNullOrWhiteSpace(l), $"after the example: '{l}'"));
        var parse = AiRaceApp.Build(TextWriter.Null, TextWriter.Null).Parse(example["airace ".Length..]);
        Assert.True(parse.Errors.Count == 0, $"'{example}': {string.Join("; ", parse.Errors.Select(e => e.Message))}");
    }

    [Fact]
    public void An_option_with_a_default_does_not_repeat_it_in_its_description()
    {
        var root = AiRaceApp.Build(TextWriter.Null, TextWriter.Null);
        var options = root.Subcommands.SelectMany(c => c.Options.Select(o => (Command: c.Name, Option: o)))
            .Concat(root.Options.Select(o => (Command: "airace", Option: o)));

        Assert.All(
            options.Where(x => x.Option.HasDefaultValue),
            x => Assert.False(
                x.Option.Description?.Contains("default", StringComparison.OrdinalIgnoreCase) == true,
                $"{x.Command} {x.Option.Name}: '{x.Option.Description}' repeats the [default: …] help prints"));
    }

    [Fact]
    public void No_description_is_copied_from_another_command()
    {
        var root = AiRaceApp.Build(TextWriter.Null, TextWriter.Null);

        var descriptions = root.Subcommands.Select(c => c.Description).ToList();
        Assert.Equal(descriptions.Count, descriptions.Distinct(StringComparer.Ordinal).Count());

        // The same text under two different option names is a description copied to the wrong option.
        var byText = root.Subcommands.SelectMany(c => c.Options)
            .Where(o => !string.IsNullOrEmpty(o.Description))
            .GroupBy(o => o.Description!, StringComparer.Ordinal);
        Assert.All(byText, g => Assert.Single(g.Select(o => o.Name).Distinct(StringComparer.Ordinal)));

        // A command's own wording stays with it: only gap speaks of "the gap is A − B", only forecast of overtaking.
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options)
            {
                var text = option.Description ?? string.Empty;
                Assert.False(command.Name != "gap" && text.Contains("The gap is A − B", StringComparison.Ordinal), $"{command.Name} {option.Name}: '{text}'");
                Assert.False(command.Name != "forecast" && text.Contains("Overtake", StringComparison.OrdinalIgnoreCase), $"{command.Name} {option.Name}: '{text}'");
            }
        }
    }

    [Fact]
    public void Enum_values_are_listed_in_words_in_the_help()
    {
        var (_, output, _) = CliRunner.Run("metrics", "--help");

        Assert.Contains("--format <table|json|csv>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Table", output, StringComparison.Ordinal);
    }
}
