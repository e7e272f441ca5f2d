using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

/// <summary>An in-memory store with the real OpenRouter weekly, Hugging Face trending and Open LLM Leaderboard folders, imported once per test class.</summary>
public sealed class UsageAndAdoptionStoreFixture : IDisposable
{
    public UsageAndAdoptionStoreFixture()
    {
        if (TestRequirements.DataSkipReason is not null)
        {
            return; // the real-data tests are skipped, saying why
        }

        var runner = new FileImportRunner(Store);
        foreach (var file in FileImportRunner.Expand(
            [SharedData.Folder("openrouter-weekly-johnbean393"), SharedData.Folder("hf-trending-park-onezero"), SharedData.Folder("open-llm-leaderboard-fboulnois")]))
        {
            runner.ImportFile(file);
        }
    }

    public AiRaceStore Store { get; } = AiRaceStore.Open(":memory:");

    public void Dispose() => Store.Dispose();
}
