using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>
/// A store with the real <c>alltime.csv</c> imported once for the <see cref="AlltimeStoreCollection"/>, and an attribution override CSV written from
/// scratch (the labs that hold the US and China frontiers), so the figures do not depend on the bundled organizations table.
/// </summary>
public sealed class RealStoreFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public RealStoreFixture()
    {
        Db = _dir.File("real.duckdb");
        Overrides = _dir.File("countries.csv");
        File.WriteAllLines(Overrides,
        [
            "organization,country",
            "Google,US", "OpenAI,US", "Meta,US", "Anthropic,US", "xAI,US", "Microsoft,US", "Nvidia,US", "Amazon,US", "Reka AI,US",
            "Alibaba,CN", "01 AI,CN", "DeepSeek,CN", "DeepSeek AI,CN", "Zhipu AI,CN", "Zhipu,CN", "Tsinghua,CN", "Tencent,CN",
            "StepFun,CN", "InternLM,CN",
        ]);
        if (TestRequirements.DataSkipReason is not null)
        {
            return; // every test of the collection is skipped, saying why
        }

        var (code, _, err) = CliRunner.Run("import", SharedData.File("lmarena-history-jasontrigg0/alltime.csv"), "--db", Db);
        if (code != 0)
        {
            throw new InvalidOperationException($"Importing alltime.csv failed ({code}): {err}");
        }
    }

    public string Db { get; }

    public string Overrides { get; }

    /// <summary>Runs airace against this store with the override CSV.</summary>
    public (int Code, string Out, string Err) Run(params string[] args) =>
        CliRunner.Run([.. args, "--db", Db, "--attribution", Overrides]);

    public void Dispose() => _dir.Dispose();
}
