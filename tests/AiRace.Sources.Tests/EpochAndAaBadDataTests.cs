using System.Text.Json.Nodes;
using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

/// <summary>
/// Corrupted copies (built in a temp folder from the real files, or tiny hand-written CSVs with made-up rows) must fail with
/// one BadData line naming the file, the line or JSON path and the value, and leave the store's counts as they were.
/// </summary>
public sealed class EpochAndAaBadDataTests : IDisposable
{
    private const string EciHeader =
        "Model version,ECI Score,Release date,Organization,Country,Model accessibility,Training compute (FLOP),Confidence,Model name,Description,Display name";

    private readonly TempDirectory _dir = new();
    private readonly AiRaceStore _store = AiRaceStore.Open(":memory:");
    private readonly FileImportRunner _runner;

    public EpochAndAaBadDataTests()
    {
        _runner = new FileImportRunner(_store);
        _runner.ImportFile(SharedData.File("epoch-notable-vinodgeorge24/organizations.csv"));
    }

    [RealDataFact]
    public void A_truncated_llms_json_names_the_file_and_the_position()
    {
        var bytes = File.ReadAllBytes(SharedData.File("artificial-analysis-oolong/2026-04-10/llms.json"));
        var path = Write("llms.json", bytes[..(bytes.Length / 2)]);

        AssertRejected(path, "'llms.json'", "invalid JSON at line");
    }

    [RealDataFact]
    public void A_non_numeric_evaluation_names_its_json_path_and_value()
    {
        var path = EditLlmsJson(root => root["models"]![3]!["evaluations"]!["gpqa"] = "n/a");

        AssertRejected(path, "'llms.json'", "$.models[3].evaluations.gpqa", "\"n/a\"", "expected a number");
    }

    [RealDataFact]
    public void A_bad_release_date_in_llms_json_names_its_json_path_and_value()
    {
        var path = EditLlmsJson(root => root["models"]![0]!["release_date"] = "2026-02-30");

        AssertRejected(path, "$.models[0].release_date", "2026-02-30", "YYYY-MM-DD");
    }

    [RealDataFact]
    public void An_llms_json_without_models_says_what_is_missing()
    {
        var path = EditLlmsJson(root => root.AsObject().Remove("models"));

        AssertRejected(path, "$.models is missing");
    }

    [RealDataFact]
    public void A_bad_release_date_in_the_eci_file_names_line_column_and_value()
    {
        var path = WriteText("epoch_capabilities_index.csv", EciHeader, "model-a,101.5,2025-01-10,Lab A,China,API access,,,,,", "model-b,99.0,2025-13-01,Lab B,China,API access,,,,,");

        AssertRejected(path, "'epoch_capabilities_index.csv' line 3", "'Release date'", "'2025-13-01'");
    }

    [RealDataFact]
    public void A_non_numeric_eci_score_names_line_column_and_value()
    {
        var path = WriteText("epoch_capabilities_index.csv", EciHeader, "model-a,high,2025-01-10,Lab A,China,API access,,,,,");

        AssertRejected(path, "line 2", "'ECI Score'", "'high'", "expected a number");
    }

    [RealDataFact]
    public void A_missing_column_in_the_eci_file_is_named()
    {
        var path = WriteText(
            "epoch_capabilities_index.csv",
            EciHeader.Replace("Model accessibility", "Access", StringComparison.Ordinal),
            "model-a,101.5,2025-01-10,Lab A,China,API access,,,,,");

        AssertRejected(path, "column 'Model accessibility' is missing");
    }

    [RealDataFact]
    public void A_non_numeric_training_compute_in_a_catalog_is_rejected()
    {
        var path = WriteText(
            "notable_ai_models.csv",
            "Model,Organization,Country (of organization),Publication date,Training compute (FLOP),Model accessibility",
            "Model A,Lab A,China,2024-05-01,lots,Unreleased");

        AssertRejected(path, "line 2", "'Training compute (FLOP)'", "'lots'");
    }

    [RealDataFact]
    public void A_china_flag_other_than_y_is_rejected()
    {
        var path = WriteText(
            "China benchmark data.csv",
            "System,MMLU,BBH,GPQA,China,Date,MMLU Pro,MATH,HumanEval,GSM8k,Chatbot Arena,Link,Notes",
            "Model A,0.5,,,maybe,2024-05-01,,,,,,,");

        AssertRejected(path, "line 2", "'China'", "'maybe'", "'y' or blank");
    }

    [RealDataFact]
    public void Benchmark_runs_without_model_versions_beside_them_say_which_file_is_needed()
    {
        var path = WriteText(
            "benchmarks_runs.csv",
            "id,task,model,Best score (across scorers),started_at",
            "r1,GPQA diamond,model-a,0.5,17 November 2025 4:28pm");

        AssertRejected(path, "'benchmarks_runs.csv'", "model_versions.csv");
    }

    [RealDataFact]
    public void The_catalog_accepts_the_newer_country_column_name()
    {
        var path = WriteText(
            "notable_ai_models.csv",
            "Model,Organization,Country (of organization),Publication date,Training compute (FLOP),Model accessibility",
            "Model A,Lab A,\"China,China\",2024-05-01,\"1,200,000\",Open weights (unrestricted)");

        var batch = FileImporters.For(FileProbe.Of(path))!.Read(FileProbe.Of(path));

        var model = Assert.Single(batch.Models);
        Assert.Equal(("model-a", "CN"), (model.Key, model.SourceCountry));
        Assert.Equal(1_200_000, Assert.Single(batch.Observations).Score);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private void AssertRejected(string path, params string[] fragments)
    {
        var before = _store.Counts();

        var ex = Assert.Throws<AiRaceException>(() => _runner.ImportFile(path));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.DoesNotContain('\n', ex.Message);
        foreach (var f in fragments)
        {
            Assert.Contains(f, ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, _store.Counts());
    }

    private string EditLlmsJson(Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(SharedData.File("artificial-analysis-oolong/2026-04-10/llms.json")))!;
        edit(root);
        return WriteText("llms.json", root.ToJsonString());
    }

    private string WriteText(string name, params string[] lines)
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir.Path, Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(sub, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private string Write(string name, byte[] bytes)
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir.Path, Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(sub, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
