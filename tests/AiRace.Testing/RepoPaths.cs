namespace AiRace.Testing;

/// <summary>Locates the repository root (the folder holding AiRace.sln) and the test data folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The folder holding the real test data (see <see cref="Testing.SharedData.Root"/>).</summary>
    public static string SharedData => Testing.SharedData.Root;

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
