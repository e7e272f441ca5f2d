namespace AiRace.Testing;

/// <summary>Locates the repository root (the folder holding AiRace.sln) and the shared data folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/data</c> from the repository root, or <c>AIRACE_SHARED_DATA</c> when set.</summary>
    public static string SharedData =>
        Environment.GetEnvironmentVariable("AIRACE_SHARED_DATA") is { Length: > 0 } env
            ? env
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiRace.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No AiRace.sln above {AppContext.BaseDirectory}.");
    }
}
