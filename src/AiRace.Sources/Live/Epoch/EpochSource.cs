using System.IO.Compression;
using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Store;

namespace AiRace.Sources.Live.Epoch;

/// <summary>
/// Epoch AI's public CSV downloads, read by the same file importers as <c>airace import</c>: the AI models catalog
/// (<c>/data/all_ai_models.csv</c>) and the benchmarking hub archive (<c>/data/benchmark_data.zip</c>, which holds the
/// Epoch Capabilities Index and the benchmark tables). Followed: https://epoch.ai/data/ai-models-documentation (daily CSV)
/// and https://epoch.ai/data/benchmarking-hub (benchmark_data.zip). Epoch's data is CC BY 4.0: credit Epoch AI.
/// </summary>
internal sealed class EpochSource : ILiveSource
{
    public const string Credit = "Epoch AI, 'Data on AI Models' and 'AI Benchmarking Hub' (epoch.ai/data), CC BY 4.0.";

    private static readonly string[] Downloads = ["data/all_ai_models.csv", "data/benchmark_data.zip"];

    public string Name => "epoch";

    public string Kind => "epoch-download";

    public string DefaultBaseUrl => "https://epoch.ai";

    public string BaseUrlVariable => "AIRACE_EPOCH_URL";

    public string? RequiredKey => null;

    public string EnableHint => "Epoch AI's downloads need no key.";

    public RateLimit? RateLimit(LiveConfig config) => null;

    public IPageDeriver CreateDeriver(DeriveContext context) => new Deriver();

    public async Task FetchAsync(SourceRun run, CancellationToken cancellationToken)
    {
        foreach (var path in Downloads)
        {
            var kind = path.EndsWith(".zip", StringComparison.Ordinal) ? BodyKind.Binary : BodyKind.Csv;
            await run.GetAsync($"{run.BaseUrl}/{path}", kind, cancellationToken).ConfigureAwait(false);
        }

        if (!((Deriver)run.Deriver).ReadAny)
        {
            throw new AiRaceException(
                ErrorKind.BadData,
                $"none of Epoch AI's downloads has a shape this version of AiRace reads ({string.Join(", ", ((Deriver)run.Deriver).Unread.Take(5))}); update AiRace.");
        }
    }

    private sealed class Deriver : IPageDeriver
    {
        public string Attribution => Credit;

        public bool ReadAny { get; private set; }

        public List<string> Unread { get; } = [];

        public void Add(FetchedPage page, IImportSink sink)
        {
            var name = Path.GetFileName(new Uri(page.Url).AbsolutePath);
            var dir = Path.Combine(Path.GetTempPath(), "airace-epoch-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    using var zip = new ZipArchive(page.OpenBody(), ZipArchiveMode.Read);
                    foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
                    {
                        var file = Path.Combine(dir, entry.Name);
                        entry.ExtractToFile(file, overwrite: true);
                        Import(file, sink);
                    }
                }
                else
                {
                    var file = Path.Combine(dir, name);
                    File.WriteAllBytes(file, page.Body.ToArray());
                    Import(file, sink);
                }
            }
            catch (InvalidDataException ex)
            {
                throw new AiRaceException(ErrorKind.BadData, $"'{name}' is not a readable ZIP archive ({ex.Message})", ex);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        public void Complete(IImportSink sink)
        {
        }

        private void Import(string file, IImportSink sink)
        {
            var probe = FileProbe.Of(file);
            if (FileImporters.For(probe) is not { } importer)
            {
                Unread.Add(probe.FileName);
                return;
            }

            sink.Add(CheckedRead.Read(importer, probe));
            ReadAny = true;
        }
    }
}
