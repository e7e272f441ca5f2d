using AiRace.Application.Validation;
using AiRace.Core;
using AiRace.Store;

namespace AiRace.Application.Tests;

public sealed class ValidationTests : IClassFixture<SmallStore>
{
    private readonly SmallStore _store;

    public ValidationTests(SmallStore store) => _store = store;

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("26/03/2025")]
    [InlineData("yesterday")]
    public void A_bad_date_is_a_usage_error_naming_the_input_the_value_and_the_format(string text)
    {
        var ex = Assert.Throws<AiRaceException>(() => DateText.Parse("from", text));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Equal(DateText.Message("from", text), ex.Message);
        Assert.Contains($"from '{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_date_is_no_date(string? text) => Assert.Null(DateText.Parse("to", text));

    [Fact]
    public void A_date_parses_with_surrounding_spaces() => Assert.Equal(new DateOnly(2025, 3, 26), DateText.Parse("at", " 2025-03-26 "));

    [Fact]
    public void A_reversed_window_names_both_dates_and_its_input()
    {
        var ex = Assert.Throws<AiRaceException>(() => DateRange.Window(new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1)));

        Assert.Contains("2025-01-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-01-01", ex.Message, StringComparison.Ordinal);
        Assert.Equal("from", QueryInput.Of(ex));
        Assert.DoesNotContain("--", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_date_and_a_window_together_are_refused()
    {
        var ex = Assert.Throws<AiRaceException>(() => DateRange.OneDateOrWindow(new DateOnly(2025, 1, 1), null, new DateOnly(2025, 2, 1)));

        Assert.Equal("at", QueryInput.Of(ex));
        Assert.DoesNotContain("--", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_metric_lists_the_known_ids_closest_first()
    {
        var ex = Assert.Throws<AiRaceException>(() => MetricIds.Resolve(_store.Store, "othr"));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Equal("metric", QueryInput.Of(ex));
        Assert.Equal(MetricIds.Message("othr", ["m", "other"]), ex.Message);
        Assert.EndsWith("available metrics: other, m.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_metric_on_an_empty_store_says_how_to_get_data()
    {
        using var empty = AiRaceStore.Open(":memory:");
        var ex = Assert.Throws<AiRaceException>(() => MetricIds.Resolve(empty, "m"));

        Assert.Contains("no metrics yet", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US,XX", "'XX'", "Known countries: ")]
    [InlineData("US,lab:DeepSek", "'lab:DeepSek'", "Known labs: lab:DeepSeek")]
    public void An_unknown_group_is_a_usage_error_naming_the_known_spellings_closest_first(string between, string named, string known)
    {
        var catalog = _store.Store.Catalog(_store.Session.Attribution, null);
        var ex = Assert.Throws<AiRaceException>(() => KnownGroups.ParsePair(between, catalog, _store.Session.Attribution));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Equal("between", QueryInput.Of(ex));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.Contains(known, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_groups_pass_and_a_lab_alias_becomes_its_canonical_name()
    {
        var catalog = _store.Store.Catalog(_store.Session.Attribution, null);
        var (a, b) = KnownGroups.ParsePair("cn,lab:deepseek", catalog, _store.Session.Attribution);

        Assert.Equal("CN", a.Value);
        Assert.Equal("DeepSeek", b.Value);
        Assert.Equal("open", KnownGroups.ParsePair("open,closed", catalog, _store.Session.Attribution).A.Value);
    }

    [Fact]
    public void Spellings_put_the_closest_first_and_a_prefix_before_a_longer_edit()
    {
        Assert.Equal(["DeepSeek", "DeepMind", "OpenAI"], Spellings.Closest("DeepSek", ["OpenAI", "DeepMind", "DeepSeek"]));
        Assert.Equal("DeepSeek", Spellings.Closest("Deep", ["Mistral", "DeepSeek"])[0]);
    }

    [Fact]
    public void A_negative_top_is_refused()
    {
        Assert.Equal(0, TopCount.Check(0));
        Assert.Equal("top", QueryInput.Of(Assert.Throws<AiRaceException>(() => TopCount.Check(-1))));
    }

    [Fact]
    public void A_choice_parses_case_aside_and_an_unknown_one_lists_the_names()
    {
        Assert.Equal(AiRace.Core.Usage.FreeMode.Separate, Choice.Parse("free", " Separate ", ShareChoices.FreeModes));
        var ex = Assert.Throws<AiRaceException>(() => Choice.Parse("by", "continent", ShareChoices.UsageGroupings));

        Assert.Equal("by 'continent' is not known: use country, lab, openness or model.", ex.Message);
    }

    [Theory]
    [InlineData("XX", null, "country", "Unknown country 'XX'")]
    [InlineData(null, "DeepSek", "org", "Known labs: DeepSeek")]
    public void A_models_filter_on_an_unknown_country_or_lab_is_a_usage_error(string? country, string? org, string input, string text)
    {
        var ex = Assert.Throws<AiRaceException>(() => new Catalog.ModelsQuery(Organization: org, Country: country).Run(_store.Session));

        Assert.Equal(input, QueryInput.Of(ex));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lab:", ex.Message, StringComparison.Ordinal);
    }
}
