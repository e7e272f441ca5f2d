using AiRace.Sources.Files;
using AiRace.Store;

namespace AiRace.Testing;

/// <summary>An in-memory store holding the real files of some <c>../shared/data</c> folders, imported as <c>airace import</c> does.</summary>
public static class SharedDataStore
{
    public static AiRaceStore Import(params string[] folders)
    {
        var store = AiRaceStore.Open(":memory:");
        var runner = new FileImportRunner(store);
        foreach (var file in FileImportRunner.Expand(folders.Select(SharedData.Folder)))
        {
            runner.ImportFile(file);
        }

        return store;
    }
}
