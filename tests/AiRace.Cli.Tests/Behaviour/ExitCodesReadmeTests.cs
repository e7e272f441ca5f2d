using System.Reflection;
using AiRace.Testing;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary>The README's exit-code table lists exactly the codes <see cref="ExitCodes"/> defines.</summary>
public sealed class ExitCodesReadmeTests
{
    [Fact]
    public void The_readme_table_lists_every_exit_code_and_no_other()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var documented = readme
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Length > 3 && char.IsAsciiDigit(l[3]))
            .Select(l => int.Parse(l[3..l.IndexOf('`', 3)], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (int)f.GetRawConstantValue()!)
            .Order()
            .ToList();

        Assert.Equal(codes, documented.Order());
    }
}
