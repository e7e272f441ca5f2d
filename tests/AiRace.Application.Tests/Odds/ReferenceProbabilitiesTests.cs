using AiRace.Core;
using AiRace.Core.Odds;
using AiRace.Application.Odds;
using AiRace.Testing;

namespace AiRace.Application.Tests.Odds;

public sealed class ReferenceProbabilitiesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void The_bundled_references_load_and_each_cites_a_web_source()
    {
        var refs = ReferenceProbabilities.Bundled();
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.StartsWith("https://", r.SourceUrl, StringComparison.Ordinal));
        Assert.All(refs, r => Assert.False(string.IsNullOrWhiteSpace(r.Statement)));
    }

    [Fact]
    public void The_bundled_references_include_market_prices_on_the_overtake_definition()
    {
        var priced = ReferenceProbabilities.Bundled()
            .Where(r => r.Definition == "overtake-any-time" && r.ProbabilityLow is not null)
            .ToList();

        Assert.True(priced.Count >= 3, $"{priced.Count} priced overtake references");
        Assert.All(priced, r => Assert.InRange(r.ProbabilityLow!.Value, 0, r.ProbabilityHigh!.Value));
    }

    [Fact]
    public void Percentages_and_fractions_both_read_as_probabilities()
    {
        var refs = Load(
            "A,2025-01-01,statement,10%,0.3,overtake-any-time,3,https://example.org/a",
            "B,2025-02-01,no number,,,months-behind,,https://example.org/b");

        Assert.Equal(0.1, refs[0].ProbabilityLow!.Value, 12);
        Assert.Equal(0.3, refs[0].ProbabilityHigh);
        Assert.Equal(3, refs[0].HorizonYears);
        Assert.Null(refs[1].ProbabilityLow);
        Assert.Null(refs[1].HorizonYears);
    }

    [Theory]
    [InlineData("A,2025-01-01,s,150%,,overtake-any-time,3,https://x.org", "probability_low", "150%")]
    [InlineData("A,01/02/2025,s,,,overtake-any-time,3,https://x.org", "date", "01/02/2025")]
    [InlineData("A,2025-01-01,s,0.5,0.2,overtake-any-time,3,https://x.org", "probability_low", "0.5")]
    [InlineData("A,2025-01-01,s,,,overtake-any-time,-2,https://x.org", "horizon_years", "-2")]
    public void A_bad_value_is_bad_data_naming_line_column_and_value(string row, string column, string value)
    {
        var ex = Assert.Throws<AiRaceException>(() => Load(row));
        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{column}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_references_carry_their_definitions_and_include_Lin_Junyang()
    {
        var refs = ReferenceProbabilities.Bundled();
        var lin = Assert.Single(refs, r => r.Who.StartsWith("Lin Junyang", StringComparison.Ordinal));
        Assert.Equal(0.2, lin.ProbabilityHigh);
        Assert.Null(lin.ProbabilityLow);
        Assert.Equal(5, lin.HorizonYears);
        Assert.Equal("overtake-any-time", lin.Definition);
        var polymarket = Assert.Single(refs, r => r.EndDate == new DateOnly(2026, 12, 31) && r.Who.StartsWith("Polymarket", StringComparison.Ordinal));
        Assert.Equal("lmarena-text", polymarket.Metric);
        Assert.Equal(ReferenceProbability.StrictlyAbove, polymarket.Comparison);
        Assert.Contains(refs, r => r.Comparison == ReferenceProbability.AtLeast);
    }

    [Fact]
    public void The_optional_definition_columns_are_read_and_checked()
    {
        var path = _dir.File("defs.csv");
        File.WriteAllLines(path, [
            string.Join(",", [.. ReferenceProbabilities.Columns, .. ReferenceProbabilities.OptionalColumns]),
            "A,2025-01-01,s,0.1,0.2,overtake-any-time,,https://x.org,lmarena-text,at-least,2026-12-31",
        ]);
        var r = Assert.Single(ReferenceProbabilities.Load(path));
        Assert.Equal("lmarena-text", r.Metric);
        Assert.Equal(ReferenceProbability.AtLeast, r.Comparison);
        Assert.Equal(new DateOnly(2026, 12, 31), r.WindowEnd);

        File.WriteAllLines(path, [
            string.Join(",", [.. ReferenceProbabilities.Columns, .. ReferenceProbabilities.OptionalColumns]),
            "A,2025-01-01,s,0.1,0.2,overtake-any-time,,https://x.org,lmarena-text,roughly,",
        ]);
        var ex = Assert.Throws<AiRaceException>(() => ReferenceProbabilities.Load(path));
        Assert.Contains("'roughly'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_naming_the_columns()
    {
        var ex = Assert.Throws<AiRaceException>(() => ReferenceProbabilities.Load(_dir.File("none.csv")));
        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains("probability_low", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();

    private IReadOnlyList<ReferenceProbability> Load(params string[] rows)
    {
        var path = _dir.File("refs.csv");
        File.WriteAllLines(path, [string.Join(",", ReferenceProbabilities.Columns), .. rows]);
        return ReferenceProbabilities.Load(path);
    }
}
