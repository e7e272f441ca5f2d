using AiRace.Core.Domain;
using AiRace.Core.Figures;
using AiRace.Core.Usage;

namespace AiRace.Core.Tests;

public sealed class UsageFiguresTests
{
    private static readonly OpenRouterAttribution Attribution = new(
        TestDirectory.Policy,
        new OpennessRules([new OpennessRule("anthropic/", Openness.Closed, "u"), new OpennessRule("deepseek/", Openness.Open, "u")]));

    /// <summary>A week's rows as an OpenRouter file gives them: (slug, tokens), ranked in order, listed total = their sum.</summary>
    private static IEnumerable<UsageRecord> Week(string sunday, params (string Slug, long Tokens)[] models)
    {
        var date = DateOnly.Parse(sunday, System.Globalization.CultureInfo.InvariantCulture);
        var total = models.Sum(m => m.Tokens);
        return models.Select((m, i) =>
        {
            var colon = m.Slug.IndexOf(':', StringComparison.Ordinal);
            var variant = colon > 0 ? m.Slug[(colon + 1)..] : null;
            return new UsageRecord(date, UsageWeeks.WeekOf(date), m.Slug, colon > 0 ? m.Slug[..colon] : m.Slug, variant, variant == "free", null,
                m.Slug, i + 1, m.Tokens, null, models.Length, total, null, false);
        });
    }

    private static ShareFigure Compute(UsageSelection q, params IEnumerable<UsageRecord>[] weeks) =>
        UsageFigures.Compute(q, weeks.SelectMany(w => w).ToList(), Attribution, []);

    [Fact]
    public void Free_and_paid_variants_of_one_model_are_merged_kept_apart_or_excluded()
    {
        var week = Week("2025-03-02", ("deepseek/deepseek-r1", 300), ("deepseek/deepseek-r1:free", 100), ("anthropic/claude-3.7-sonnet", 600)).ToList();

        var merged = Compute(new UsageSelection(UsageGrouping.Model), week).Points.Single();
        var separate = Compute(new UsageSelection(UsageGrouping.Model, FreeMode.Separate), week).Points.Single();
        var excluded = Compute(new UsageSelection(UsageGrouping.Country, FreeMode.Excluded), week).Points.Single();
        var byCountry = Compute(new UsageSelection(UsageGrouping.Country, FreeMode.Separate), week).Points.Single();

        Assert.Equal(0.4, merged.Shares["deepseek/deepseek-r1"], 12);
        Assert.Equal((0.3, 0.1), (separate.Shares["deepseek/deepseek-r1"], separate.Shares["deepseek/deepseek-r1:free"]));
        Assert.Equal((900.0, 3.0 / 9), (excluded.Total, excluded.Shares["CN"]));
        Assert.Equal((0.3, 0.1, 0.6), (byCountry.Shares["CN"], byCountry.Shares["CN (free)"], byCountry.Shares["US"]));
    }

    [Fact]
    public void A_week_where_one_country_has_no_listed_model_gives_it_share_zero_and_the_crossing_is_found()
    {
        var figure = Compute(
            new UsageSelection(UsageGrouping.Country),
            Week("2025-03-02", ("anthropic/claude-3.7-sonnet", 800), ("deepseek/deepseek-r1", 200)),
            Week("2025-03-09", ("anthropic/claude-3.7-sonnet", 900), ("google/gemini-2.0-flash-001", 100)),
            Week("2025-03-16", ("anthropic/claude-3.7-sonnet", 400), ("deepseek/deepseek-r1", 600)));

        Assert.Equal([0.2, 0.0, 0.6], figure.Points.Select(p => Math.Round(p.Shares["CN"], 12)));
        Assert.Equal([new DateOnly(2025, 2, 24), new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 10)], figure.Points.Select(p => p.Date));
        Assert.Null(figure.Points[0].Change);
        Assert.Equal(-0.2, figure.Points[1].Change!["CN"], 12);
        var crossing = Assert.Single(figure.Crossings);
        Assert.Equal("CN share first exceeded US share in the week of 2025-03-10", crossing.Text);
    }

    [Fact]
    public void Denominator_all_fails_naming_the_fix_when_the_source_lists_only_its_top_models()
    {
        var ex = Assert.Throws<AiRaceException>(() => Compute(
            new UsageSelection(UsageGrouping.Country, Denominator: UsageDenominator.All), Week("2025-03-02", ("deepseek/deepseek-r1", 1))));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains("top 1 models", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'listed' denominator", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Denominator_all_divides_by_the_sources_total_when_it_gives_one()
    {
        var rows = Week("2025-03-02", ("deepseek/deepseek-r1", 250)).Select(r => r with { SourceTotal = 1000 });
        var point = Compute(new UsageSelection(UsageGrouping.Country, Denominator: UsageDenominator.All), rows).Points.Single();
        Assert.Equal((1000.0, 0.25), (point.Total, point.Shares["CN"]));
    }

    [Fact]
    public void Stealth_models_stay_unresolved_and_are_named_in_the_notes()
    {
        var figure = Compute(new UsageSelection(UsageGrouping.Lab), Week("2025-04-06", ("openrouter/quasar-alpha", 100), ("tngtech/deepseek-r1t2-chimera:free", 300)));

        Assert.Equal((0.25, 0.75), (figure.Points[0].Shares[GroupNames.Unresolved], figure.Points[0].Shares["TNG Technology Consulting"]));
        Assert.Contains(figure.Notes, n => n.Contains("openrouter/quasar-alpha", StringComparison.Ordinal));
    }

    [Fact]
    public void A_week_is_in_range_when_any_of_its_days_is()
    {
        var weeks = new[] { Week("2025-03-02", ("deepseek/deepseek-r1", 1)), Week("2025-03-09", ("deepseek/deepseek-r1", 1)) };
        // The week of 2025-02-24 ends on 2025-03-02; --from 2025-03-02 keeps it, --to 2025-03-02 drops the next one (it starts 2025-03-03).
        var figure = Compute(new UsageSelection(UsageGrouping.Country, From: new DateOnly(2025, 3, 2), To: new DateOnly(2025, 3, 2)), weeks);
        Assert.Equal(new DateOnly(2025, 2, 24), Assert.Single(figure.Points).Date);
    }

    [Theory]
    [InlineData("2026-02-08", "2026-02-02")]
    [InlineData("2026-02-16", "2026-02-09")]
    [InlineData("2025-11-16", "2025-11-10")]
    public void A_sunday_ends_its_week_and_a_monday_reading_covers_the_week_before(string date, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), UsageWeeks.WeekOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Catalog_openness_wins_over_the_rules_and_matches_a_permaslug_without_its_date()
    {
        var catalog = new Dictionary<string, Openness>(StringComparer.OrdinalIgnoreCase) { ["anthropic/claude-x"] = Openness.Open };
        var attribution = new OpenRouterAttribution(TestDirectory.Policy, new OpennessRules([new OpennessRule("anthropic/", Openness.Closed, "u")]), catalog);

        Assert.Equal(Openness.Open, attribution.Resolve("anthropic/claude-x-20260101").Openness);
        Assert.Equal(Openness.Closed, attribution.Resolve("anthropic/claude-y").Openness);
        Assert.Equal(Openness.Unknown, attribution.Resolve("openrouter/quasar-alpha").Openness);
        Assert.Equal(("Anthropic", "US"), (attribution.Resolve("anthropic/claude-y").Lab, attribution.Resolve("anthropic/claude-y").Country));
    }
}
