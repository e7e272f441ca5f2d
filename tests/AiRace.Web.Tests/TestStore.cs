using AiRace.Core.Domain;
using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Web.Tests;

/// <summary>
/// Writes a small store file by hand: snapshot metric <c>m</c> on which OpenAI (US) and DeepSeek (CN, by the bundled
/// organizations table) have models on six dates, a second metric, and hostile names: a US model named
/// <see cref="HostileNames.Script"/>, an organization named <see cref="HostileNames.Image"/>, and an LMArena board CSV
/// imported by its importer whose models and organizations are named both ways.
/// </summary>
public static class TestStore
{
    public static void Write(string path, bool withExtraMetric = false)
    {
        using var store = AiRaceStore.Open(path);
        var batch = new ImportBatch("test", "hand-written test data " + HostileNames.Script);
        batch.Metrics.Add(new Metric("m", "M " + HostileNames.Image, MetricKind.Snapshot, true, "pt", "a test metric " + HostileNames.Script));
        batch.Metrics.Add(new Metric("other", "Other", MetricKind.Snapshot, true, "pt", "a second test metric"));
        if (withExtraMetric)
        {
            batch.Metrics.Add(new Metric("extra", "Extra", MetricKind.Snapshot, true, "pt", "a metric only the newer store has"));
        }

        batch.Models.Add(new ModelRecord("us-model", "US Model", "OpenAI", new DateOnly(2023, 12, 1), Openness.Closed, null));
        batch.Models.Add(new ModelRecord("us-hostile", HostileNames.Script, "OpenAI", new DateOnly(2023, 12, 1), Openness.Closed, null));
        batch.Models.Add(new ModelRecord("cn-model", "CN Model", "DeepSeek", new DateOnly(2023, 12, 1), Openness.Open, null));
        batch.Models.Add(new ModelRecord("img-model", "Image Lab Model", HostileNames.Image, new DateOnly(2023, 12, 1), Openness.Open, null));
        var scores = new (DateOnly Date, double Us, double Cn)[]
        {
            (new(2024, 1, 1), 1200, 1150), (new(2024, 6, 1), 1250, 1230), (new(2024, 9, 1), 1270, 1240),
            (new(2025, 1, 1), 1300, 1310), (new(2025, 6, 1), 1350, 1320), (new(2025, 9, 1), 1380, 1340),
        };
        foreach (var (date, us, cn) in scores)
        {
            batch.Observations.Add(new Observation("m", date.Year == 2025 ? "us-hostile" : "us-model", date, us));
            batch.Observations.Add(new Observation("m", "cn-model", date, cn));
            batch.Observations.Add(new Observation("m", "img-model", date, cn - 50));
            if (withExtraMetric)
            {
                batch.Observations.Add(new Observation("extra", "us-model", date, us));
            }
        }

        batch.Observations.Add(new Observation("other", "us-model", scores[0].Date, 1));
        store.Import(batch, new ImportSource("small.csv", "/test/small.csv", withExtraMetric ? "fedcba9876543210" : "0123456789abcdef", 1));
        ImportHostileBoard(store);
    }

    /// <summary>An LMArena board CSV (the importer's own format) whose model and organization carry the hostile names.</summary>
    private static void ImportHostileBoard(AiRaceStore store)
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "2025-02-01")).FullName;
        var path = Path.Combine(folder, "lmsys.csv");
        File.WriteAllLines(path,
        [
            "rank,model,arena_score,95_pct_ci,votes,organization,license",
            $"1,{HostileNames.Script},1300,+3/-3,1000,{HostileNames.Image},MIT",
            $"2,{HostileNames.Image},1290,+3/-3,1000,{HostileNames.Script},Proprietary",
        ]);
        var result = new FileImportRunner(store).ImportFile(path);
        Assert.True(result.Rows > 0, $"the board CSV was not imported: {result}");
    }
}
