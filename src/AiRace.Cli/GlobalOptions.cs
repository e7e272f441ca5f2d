using AiRace.Cli.Output;
using System.CommandLine;

namespace AiRace.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "The store file. Default: $AIRACE_DB, else airace.duckdb in the user's data directory.",
        Recursive = true,
    };

    public static Option<OutputFormat> Format { get; } = new("--format")
    {
        Description = "Output format: table (the default), json or csv.",
        HelpName = "table|json|csv",
        Recursive = true,
    };

    public static Option<bool> Debug { get; } = new("--debug")
    {
        Description = "Show stack traces and diagnostic detail (secrets are never printed).",
        Recursive = true,
    };

    public static Option<FileInfo?> Attribution { get; } = new("--attribution")
    {
        Description = "A CSV (organization,country) whose rows override every other country attribution.",
        Recursive = true,
    };

    public static Option<DateOnly?> AsOf { get; } = new("--as-of")
    {
        Description = "Use only data retrieved on or before this date (YYYY-MM-DD); file imports count as retrieved on each observation's date.",
        Recursive = true,
        CustomParser = AsOfDate.Parse,
    };

    public static IEnumerable<Option> All => [Db, Format, Debug, Attribution, AsOf];
}
