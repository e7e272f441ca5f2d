namespace AiRace.Cli;

/// <summary>Where the store lives: <c>--db</c>, else <c>AIRACE_DB</c>, else <c>airace/airace.duckdb</c> in the user's data directory.</summary>
internal static class StorePaths
{
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var env = Environment.GetEnvironmentVariable("AIRACE_DB");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return env;
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        }

        return Path.Combine(dataHome, "airace", "airace.duckdb");
    }
}
