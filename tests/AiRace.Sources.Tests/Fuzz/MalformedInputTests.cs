using System.Text;
using System.Text.RegularExpressions;
using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests.Fuzz;

/// <summary>
/// The inputs that crashed or were accepted before (issue 14, 15.7): each real file, changed in one place, is refused with
/// one line naming the file, the place and the value, and the store is unchanged. BOM and UTF-16 copies are imported.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private const string OpenRouter = "openrouter-weekly-johnbean393/2025-11-16.json";
    private const string Trending = "hf-trending-park-onezero/2026-05-30/trending_cache.json";
    private const string Catalog = "lmarena-arena-catalog/2025-05-06/leaderboard-text.json";
    private const string Daily = "lmarena-oolong-daily/2026-04-10/text.json";
    private const string Alltime = "lmarena-history-jasontrigg0/alltime.csv";
    private const string Eci = "epoch-benchmark-stitching/epoch_capabilities_index.csv";
    private const string Organizations = "epoch-notable-vinodgeorge24/organizations.csv";
    private const string OpenLlm = "open-llm-leaderboard-fboulnois/huggingface.csv";

    private readonly TempDirectory _dir = new();
    private readonly AiRaceStore _store;

    public MalformedInputTests() => _store = AiRaceStore.Open(_dir.File("store.duckdb"));

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [RealDataTheory]
    [InlineData(OpenRouter, @"""models"": \[", @"""models"": [ 42,", "models[1]")]
    [InlineData(OpenRouter, @"""date"": ""2025-11-16""", @"""date"": ""0001-01-01""", "0001-01-01")]
    [InlineData(OpenRouter, @"""date"": ""2025-11-16""", @"""date"": ""9999-12-31""", "9999-12-31")]
    [InlineData(Trending, @"^\{", @"{""a/b"": 7, ", "$[\"a/b\"]")]
    [InlineData(Trending, @"\}, ""repoType"": ""model""", @"}, ""repoType"": 5", "repoType")]
    [InlineData(Catalog, @"""RWKV-4-Raven-14B""", @"""RWKV\ud800""", "\\ud800")]
    [InlineData(Catalog, @"951\.8891245332502", "-99999", "-99999")]
    [InlineData(Daily, @"""claude-opus-4-6-thinking""", @"""claude\ud800""", "\\ud800")]
    [InlineData(Daily, @"""votes"": 16071", @"""votes"": -5", "-5")]
    [InlineData(Daily, @"""score"": 1504", @"""score"": 1e308", "1E+308")]
    [InlineData(Daily, @"""claude-opus-4-6-thinking""", "\"claude\\u0007\\u001b[2J\"", "control characters")]
    [InlineData(Alltime, @",20230508\n", ",99991231\n", "9999-12-31")]
    [InlineData(Alltime, @",918\.2202296788714,", ",-1e300,", "-1E+300")]
    public void A_real_file_changed_in_one_place_is_refused_with_one_line_and_the_store_is_unchanged(string file, string pattern, string replacement, string named)
    {
        var text = File.ReadAllText(SharedData.File(file));
        var changed = new Regex(pattern, RegexOptions.Multiline).Replace(text, replacement.Replace("$", "$$", StringComparison.Ordinal), 1);
        Assert.NotEqual(text, changed);

        var message = AssertRefused(Write(file, Encoding.UTF8.GetBytes(changed)));

        Assert.Contains(Path.GetFileName(file), message, StringComparison.Ordinal);
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [RealDataTheory]
    [InlineData(Eci, "Open weights", "the last record")]
    [InlineData(Organizations, "\"Government,", "ends inside a quoted field")]
    [InlineData(OpenLlm, "Le_Triomphant", "the last record")]
    public void A_csv_cut_inside_its_last_record_is_refused(string file, string cutInside, string named)
    {
        var bytes = File.ReadAllBytes(SharedData.File(file));
        var at = Encoding.UTF8.GetString(bytes).LastIndexOf(cutInside, StringComparison.Ordinal);
        Assert.True(at > 0);
        var cut = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes)[..(at + cutInside.Length / 2)]);

        var message = AssertRefused(Write(file, cut));

        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_string_whose_bytes_are_not_utf8_is_refused_with_its_json_path()
    {
        // Found by the long fuzz run: a flipped byte inside a model name made the error line itself fail to print the value.
        var bytes = File.ReadAllBytes(SharedData.File(Daily));
        var name = Encoding.UTF8.GetBytes("\"claude-opus-4-6-thinking\"");
        var at = bytes.AsSpan().IndexOf(name);
        Assert.True(at > 0);
        bytes[at + 3] = 0xFF;
        var path = Write(Daily, bytes);

        var line = AssertRefused(path);

        Assert.Contains("$.models[0].model", line, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", line, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_board_in_a_folder_named_9999_12_31_is_refused()
    {
        var path = Path.Combine(_dir.Path, "in", "9999-12-31", "text.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(SharedData.File(Daily), path);

        Assert.Contains("9999-12-31", AssertRefused(path), StringComparison.Ordinal);
    }

    [RealDataTheory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void A_json_board_saved_with_a_bom_or_as_utf16_is_imported_like_the_original(string encoding)
    {
        var text = File.ReadAllText(SharedData.File(Daily));
        var enc = encoding switch { "utf-8-bom" => new UTF8Encoding(true), "utf-16le" => Encoding.Unicode, _ => Encoding.BigEndianUnicode };
        var path = Write(Daily, [.. enc.GetPreamble(), .. enc.GetBytes(text)]);

        var result = new FileImportRunner(_store).ImportFile(path);

        Assert.Equal("lmarena-daily-board", result.Kind);
        Assert.Equal(FileImportStatus.Imported, result.Status);
        Assert.Equal(new FileImportRunner(AiRaceStore.Open(_dir.File("other.duckdb"))).ImportFile(SharedData.File(Daily)).Rows, result.Rows);
    }

    [RealDataFact]
    public void A_hub_json_lines_file_with_a_bom_is_imported()
    {
        var lines = "{\"id\":\"org-a/model-1\",\"downloads\":10,\"likes\":2}\n{\"id\":\"org-b/model-2\",\"downloads\":3}\n";
        var path = Path.Combine(_dir.Path, "in", "2026-01-05", "models.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lines)]);

        var result = new FileImportRunner(_store).ImportFile(path);

        Assert.Equal(FileImportStatus.Imported, result.Status);
        Assert.Equal(2, result.Rows);
    }

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, "in", Guid.NewGuid().ToString("N")[..8], Path.GetFileName(Path.GetDirectoryName(relative)!), Path.GetFileName(relative));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string AssertRefused(string path)
    {
        var before = _store.Counts();
        var ex = Assert.Throws<AiRaceException>(() => new FileImportRunner(_store).ImportFile(path));
        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain(CheckedRead.UnnamedFailure, ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, _store.Counts());
        return ex.Message;
    }
}
