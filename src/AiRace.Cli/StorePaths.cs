using AiRace.Core;

namespace AiRace.Cli;

/// <summary>Where the store lives: <c>--db</c>, else <c>AIRACE_DB</c>, else <c>airace/airace.duckdb</c> in the user's data directory.</summary>
internal static class StorePaths
{
    /// <summary>The store path; <paramref name="given"/> says <c>--db</c> was on the command line (an empty value is then an error).</summary>
    public static string Resolve(string? option, bool given = false)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        if (given)
        {
            throw new AiRaceException(ErrorKind.Usage, "--db is empty. Pass a store file with --db FILE, or leave --db out to use $AIRACE_DB or the default store.");
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
