using System.CommandLine;

namespace AiRace.Cli.Commands;

/// <summary>The options shared by <c>gap</c> and <c>behind</c>: a metric, two groups and a window.</summary>
internal static class ComparisonOptions
{
    public static Option<string> Metric() => new("--metric")
    {
        Description = "The metric id (see 'airace metrics'), such as lmarena-text or epoch-eci.",
        Required = true,
    };

    public static Option<string> Between() => new("--between")
    {
        Description = "Two groups A,B: ISO country codes (US,CN), open/closed, or lab:NAME. The gap is A − B.",
        Required = true,
    };

    public static Option<string?> From() => new("--from") { Description = "First date of the window (YYYY-MM-DD, inclusive)." };

    public static Option<string?> To() => new("--to") { Description = "Last date of the window (YYYY-MM-DD, inclusive)." };
}
