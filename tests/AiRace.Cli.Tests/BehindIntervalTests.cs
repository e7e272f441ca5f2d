using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>A months-behind figure is printed with its 90% interval: the interval must be around that figure.</summary>
public sealed class BehindIntervalTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Every_headline_months_behind_lies_inside_its_own_interval_on_the_starter_data()
    {
        // A missing store: the report shows the bundled starter data from memory.
        var (code, output, err) = CliRunner.Run("report", "--db", _dir.File("none.duckdb"), "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var estimates = doc.RootElement.GetProperty("measures").EnumerateArray()
            .Select(m => m.GetProperty("months_behind"))
            .Where(b => b.ValueKind == JsonValueKind.Object && b.GetProperty("months").ValueKind == JsonValueKind.Number)
            .ToList();
        Assert.NotEmpty(estimates);
        Assert.All(estimates, b =>
        {
            var months = b.GetProperty("months").GetDouble();
            var ci = b.GetProperty("ci90");
            Assert.InRange(months, ci[0].GetDouble(), ci[1].GetDouble());
        });
    }

    public void Dispose() => _dir.Dispose();
}
