using System.Text.Json;
using AiRace.Core;
using AiRace.Store;

namespace AiRace.Sources.Live.LmArena;

/// <summary>
/// LMArena's leaderboard history, published as Parquet on the Hugging Face Hub (dataset <c>lmarena-ai/leaderboard-dataset</c>,
/// subset <c>text</c>, split <c>full</c>; followed: https://arena.ai/blog/arena-leaderboard-dataset and
/// https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset). Lists the subset's files with the Hub's tree API, then
/// downloads each Parquet file through <c>/resolve/main/</c>. Uses <c>HF_ENDPOINT</c> and <c>HF_TOKEN</c> like the Hub source.
/// </summary>
internal sealed class LmArenaSource : ILiveSource
{
    public const string Dataset = "lmarena-ai/leaderboard-dataset";

    public string Name => "lmarena";

    public string Kind => "lmarena-hub-parquet";

    public string DefaultBaseUrl => "https://huggingface.co";

    public string BaseUrlVariable => "HF_ENDPOINT";

    public string? RequiredKey => null;

    public string EnableHint => "LMArena's dataset needs no key.";

    public RateLimit? RateLimit(LiveConfig config) => new(config.Get("HF_TOKEN") is null ? 500 : 1000, TimeSpan.FromMinutes(5));

    public IPageDeriver CreateDeriver(DeriveContext context) => new Deriver(context);

    public async Task FetchAsync(SourceRun run, CancellationToken cancellationToken)
    {
        if (run.Config.Get("HF_TOKEN") is { } token)
        {
            run.Headers["Authorization"] = "Bearer " + token;
        }

        var files = new List<string>();
        string? next = $"{run.BaseUrl}/api/datasets/{Dataset}/tree/main/text";
        while (next is not null)
        {
            var page = await run.GetAsync(next, BodyKind.Json, cancellationToken).ConfigureAwait(false);
            files.AddRange(ParquetPaths(page));
            next = page.NextUrl;
        }

        var split = run.Options.LmArenaLatestOnly ? "latest" : "full";
        var chosen = files.Where(f => Path.GetFileName(f).StartsWith(split + "-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            throw new AiRaceException(ErrorKind.SourceUnavailable, $"the dataset {Dataset} lists no text/{split}-*.parquet file (it lists {files.Count} Parquet files); its layout may have changed.");
        }

        foreach (var path in chosen)
        {
            await run.GetAsync($"{run.BaseUrl}/datasets/{Dataset}/resolve/main/{path}", BodyKind.Binary, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> ParquetPaths(FetchedPage page)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(page.Body);
        }
        catch (JsonException ex)
        {
            throw new AiRaceException(ErrorKind.SourceUnavailable, $"GET {page.Url} gave a body AiRace cannot read: {SourceRun.BadJson(ex).Message}.");
        }

        using var owned = doc;
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new AiRaceException(ErrorKind.SourceUnavailable, $"GET {page.Url} did not answer a JSON array of files.");
        }

        return doc.RootElement.EnumerateArray()
            .Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "file" && e.TryGetProperty("path", out _))
            .Select(e => e.GetProperty("path").GetString()!)
            .Where(p => p.EndsWith(".parquet", StringComparison.Ordinal))
            .ToList();
    }

    private sealed class Deriver(DeriveContext context) : IPageDeriver
    {
        private readonly HashSet<string> _models = new(StringComparer.Ordinal);

        public string Attribution => LmArenaParquetReader.Attribution;

        public void Add(FetchedPage page, IImportSink sink)
        {
            if (!new Uri(page.Url).AbsolutePath.EndsWith(".parquet", StringComparison.Ordinal))
            {
                return;
            }

            var path = Path.Combine(Path.GetTempPath(), $"airace-{Guid.NewGuid():N}.parquet");
            try
            {
                File.WriteAllBytes(path, page.Body.ToArray());
                LmArenaParquetReader.Read(path, context.SourceKind, sink, _models);
            }
            finally
            {
                File.Delete(path);
            }
        }

        public void Complete(IImportSink sink)
        {
        }
    }
}
