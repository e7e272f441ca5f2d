using System.Text;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Sources.Files;
using AiRace.Sources.Hub;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class HubModelsJsonReaderTests : IDisposable
{
    // Hand-written /api/models records covering each lineage and licence rule (one per line).
    private static readonly string[] Records =
    [
        """{"_id":"1","id":"moonshotai/Kimi-K2-Thinking","likes":578,"trendingScore":580,"private":false,"downloads":5119,"tags":["transformers","license:other","region:us"],"pipeline_tag":"text-generation","library_name":"transformers","createdAt":"2025-11-04T08:25:31.000Z","modelId":"moonshotai/Kimi-K2-Thinking"}""",
        """{"_id":"2","id":"unsloth/Kimi-K2-Thinking-GGUF","downloads":70,"downloadsAllTime":900,"tags":["gguf","base_model:moonshotai/Kimi-K2-Thinking","base_model:quantized:moonshotai/Kimi-K2-Thinking"],"cardData":{"license":["mit","other"],"base_model":["moonshotai/Kimi-K2-Thinking"]},"safetensors":{"parameters":{"BF16":12},"total":1000000}}""",
        """{"_id":"3","modelId":"someone/card-only","author":"SomeOne","cardData":{"base_model":"Qwen/Qwen3-8B","license":"apache-2.0"},"extra":{"nested":[1,2,{"x":null}]}}""",
        """{"_id":"4","id":"someone/self","tags":["base_model:someone/self"],"createdAt":"not a date"}""",
        """{"_id":"5","id":"nobody-slash","likes":1}""",
    ];

    private readonly TempDirectory _dir = new();

    private static readonly DateOnly Day = new(2026, 1, 2);

    [Fact]
    public void Json_lines_and_an_array_read_the_same_records_by_the_documented_rules()
    {
        var lines = Read(string.Join('\n', Records), jsonLines: true);
        var array = Read("[\n" + string.Join(",\n", Records) + "\n]", jsonLines: false);

        Assert.Equal(lines, array);
        Assert.Equal(5, lines.Count);
        Assert.Equal(("moonshotai", 5119L, 578L, "other", (string?)null), (lines[0].Author, lines[0].Downloads!.Value, lines[0].Likes!.Value, lines[0].License, lines[0].BaseModel));
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 8, 25, 31, TimeSpan.Zero), lines[0].CreatedAt);
        Assert.Equal(("moonshotai/Kimi-K2-Thinking", "quantized", "mit", 1_000_000L, 900L), (lines[1].BaseModel, lines[1].BaseRelation, lines[1].License, lines[1].Parameters!.Value, lines[1].DownloadsAllTime!.Value));
        Assert.Equal(("someone/card-only", "SomeOne", "Qwen/Qwen3-8B", "unknown", "apache-2.0"), (lines[2].RepoId, lines[2].Author, lines[2].BaseModel, lines[2].BaseRelation, lines[2].License));
        Assert.Equal(((string?)null, (string?)null, (DateTimeOffset?)null), (lines[3].BaseModel, lines[3].BaseRelation, lines[3].CreatedAt));
        Assert.Null(lines[4].Author);
        Assert.Equal("gguf|base_model:moonshotai/Kimi-K2-Thinking|base_model:quantized:moonshotai/Kimi-K2-Thinking", lines[1].Tags);
    }

    [Fact]
    public void The_stores_json_reader_writes_exactly_what_the_stream_reader_reads()
    {
        var path = Path.Combine(_dir.Path, "models-2026-01-02.jsonl");
        File.WriteAllText(path, string.Join('\n', Records) + "\n");
        using var store = AiRaceStore.Open(":memory:");

        var result = new FileImportRunner(store).ImportFile(path);

        Assert.Equal(("hf-api-models", 5L), (result.Kind, result.Rows));
        var stored = store.HubModels(["hf-api-models"], Day).OrderBy(r => r.RepoId, StringComparer.Ordinal);
        var streamed = Read(File.ReadAllText(path), jsonLines: true).OrderBy(r => r.RepoId, StringComparer.Ordinal);
        Assert.Equal(streamed, stored);
    }

    [Fact]
    public void A_saved_array_page_is_imported_too_and_dated_by_its_folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "2025-12-31")).FullName;
        var path = Path.Combine(folder, "page.json");
        File.WriteAllText(path, "[" + string.Join(",", Records.Take(2)) + "]");
        using var store = AiRaceStore.Open(":memory:");

        new FileImportRunner(store).ImportFile(path);

        Assert.Equal(2, store.HubModels(["hf-api-models"], new DateOnly(2025, 12, 31)).Count);
    }

    [Fact]
    public void Malformed_json_and_a_record_without_id_fail_naming_the_source()
    {
        var broken = Assert.Throws<AiRaceException>(() => Read(Records[0] + "\n{\"id\": ", jsonLines: true));
        var noId = Assert.Throws<AiRaceException>(() => Read("""[{"likes": 3}]""", jsonLines: false));

        Assert.Equal(ErrorKind.BadData, broken.Kind);
        Assert.Contains("'listing.jsonl'", broken.Message, StringComparison.Ordinal);
        Assert.Contains("record 1 has no 'id'", noId.Message, StringComparison.Ordinal);
    }

    private static List<HubModelRecord> Read(string text, bool jsonLines)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return HubModelsJsonReader.Read(stream, Day, jsonLines, "listing.jsonl").ToList();
    }

    public void Dispose() => _dir.Dispose();
}
