using AiRace.Core;

namespace AiRace.Store;

/// <summary>What a store path must be: a non-empty name of a regular file (or <c>:memory:</c>).</summary>
internal static class StorePath
{
    public static void Check(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new AiRaceException(ErrorKind.Usage, "The store path is empty. Pass a file with --db FILE, or leave --db out to use the default store.");
        }

        if (path != ":memory:" && Directory.Exists(path))
        {
            throw new AiRaceException(ErrorKind.Usage, $"The store path '{path}' is a folder. Pass a file with --db, e.g. --db {System.IO.Path.Combine(path, "airace.duckdb")}.");
        }
    }
}
