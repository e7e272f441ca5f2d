namespace AiRace.Benchmarks;

/// <summary>Finds the shared data folder: the argument, else <c>AIRACE_SHARED_DATA</c>, else <c>../shared/data</c> beside the repository.</summary>
internal static class BenchData
{
    public static string Folder(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Path.GetFullPath(given);
        }

        if (Environment.GetEnvironmentVariable("AIRACE_SHARED_DATA") is { Length: > 0 } env)
        {
            return Path.GetFullPath(env);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiRace.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new DirectoryNotFoundException("No AiRace.sln above the benchmark; pass the data folder as an argument.")
            : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
    }
}
