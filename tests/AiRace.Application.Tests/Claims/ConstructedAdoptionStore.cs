using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Tests.Claims;

/// <summary>
/// An in-memory store with a constructed Hub listing and OpenRouter weeks whose answers are known.
/// Listing, 2025-01-01: Qwen/Qwen2.5-7B 100 downloads (all time 1,000), meta-llama/Llama-3-8B 200; 2025-06-01: Qwen 300
/// (all time 5,000), Llama 250. Usage, eight weeks from 2025-01-06: deepseek/deepseek-chat 10 of 100 tokens in the first four,
/// 40 of 100 in the last four, the rest openai/gpt-4o.
/// </summary>
internal static class ConstructedAdoptionStore
{
    public static AiRaceStore Open()
    {
        var store = AiRaceStore.Open(":memory:");
        var hub = new ImportBatch("hub-models-json", "constructed listing")
        {
            HubModels =
            [
                Repo(new DateOnly(2025, 1, 1), "Qwen/Qwen2.5-7B", "Qwen", 100, 1_000),
                Repo(new DateOnly(2025, 1, 1), "meta-llama/Llama-3-8B", "meta-llama", 200, 2_000),
                Repo(new DateOnly(2025, 6, 1), "Qwen/Qwen2.5-7B", "Qwen", 300, 5_000),
                Repo(new DateOnly(2025, 6, 1), "meta-llama/Llama-3-8B", "meta-llama", 250, 3_000),
            ],
        };
        store.Import(hub, new ImportSource("listing", "listing", "1", 1));
        var usage = new ImportBatch("openrouter-weekly", "constructed usage");
        for (var w = 0; w < 8; w++)
        {
            var week = new DateOnly(2025, 1, 6).AddDays(7 * w);
            var cn = w < 4 ? 10 : 40;
            usage.Usage.Add(Week(week, "deepseek/deepseek-chat", 1, cn));
            usage.Usage.Add(Week(week, "openai/gpt-4o", 2, 100 - cn));
        }

        store.Import(usage, new ImportSource("usage", "usage", "2", 1));
        return store;
    }

    private static HubModelRecord Repo(DateOnly day, string id, string author, long downloads, long allTime) =>
        new(day, id, author, downloads, allTime, 1, null, "text-generation", "transformers", "apache-2.0", null, null, 7_000_000_000, "[]");

    private static UsageRecord Week(DateOnly week, string slug, int rank, long tokens) =>
        new(week.AddDays(6), week, slug, slug, null, false, null, slug, rank, tokens, null, 2, 100, null, false);
}
