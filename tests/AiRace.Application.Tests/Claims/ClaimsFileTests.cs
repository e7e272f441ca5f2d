using AiRace.Application.Claims;
using AiRace.Core;
using AiRace.Core.Claims;
using AiRace.Testing;

namespace AiRace.Application.Tests.Claims;

public sealed class ClaimsFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void The_bundled_ledger_reads_with_a_source_and_an_English_quote_on_every_row()
    {
        var claims = ClaimsFile.Bundled();
        Assert.True(claims.Count >= 10);
        Assert.Equal(claims.Count, claims.Select(c => c.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(claims, c =>
        {
            Assert.StartsWith("https://", c.SourceUrl, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(c.QuoteEn));
            Assert.False(string.IsNullOrWhiteSpace(c.ClaimVi));
            Assert.False(string.IsNullOrWhiteSpace(c.WhoVi));
            Assert.StartsWith("airace ", c.Command, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_bundled_ledger_holds_the_seven_statements_of_the_VTC_News_article_in_Vietnamese()
    {
        var article = ClaimsFile.Bundled().Where(c => c.SourceUrl.Contains("vtcnews.vn", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, article.Count);
        Assert.All(article, c => Assert.Equal("vi", c.Language));
        Assert.Equal(
            new[] { ClaimType.ProbabilityBelow, ClaimType.GapWidening, ClaimType.Leads, ClaimType.ShareLeads, ClaimType.Overtook, ClaimType.CountAbove, ClaimType.ShareRose }.Order(),
            article.Select(c => c.Type).Order());
    }

    [Theory]
    [InlineData("claim_type", "rumour", "one of leads, gap-widening")]
    [InlineData("date", "12/02/2026", "a date (YYYY-MM-DD)")]
    [InlineData("source_url", "vtcnews.vn/x", "an http(s) URL")]
    [InlineData("window_months", "many", "a whole number of months")]
    [InlineData("groups", "US,Chinaland", "groups such as US,CN")]
    public void A_malformed_row_is_one_line_naming_the_file_the_line_the_column_and_the_fix(string column, string value, string expected)
    {
        var path = Write(ClaimsCsv.Text(
            ClaimsCsv.Row("ok", "leads", ("metrics", "x-index")),
            ClaimsCsv.Row("bad", "leads", ("metrics", "x-index"), (column, value))));
        var e = Assert.Throws<AiRaceException>(() => ClaimsFile.Load(path));
        Assert.Equal(ErrorKind.BadData, e.Kind);
        Assert.Contains($"'{path}' line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains($"column '{column}' is '{value}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("Fix or remove that row", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_rule_parameter_the_type_needs_is_required()
    {
        var path = Write(ClaimsCsv.Text(ClaimsCsv.Row("p", "probability-below", ("metrics", "lmarena-text"), ("window_months", "60"))));
        var e = Assert.Throws<AiRaceException>(() => ClaimsFile.Load(path));
        Assert.Contains("column 'threshold'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_measure_or_data_kind_typo_is_reported_with_its_line()
    {
        var measure = Write(ClaimsCsv.Text(ClaimsCsv.Row("h", "overtook", ("metrics", "downlaods"), ("groups", "family:Qwen,family:Llama"))));
        Assert.Contains("column 'metrics' is 'downlaods'", Assert.Throws<AiRaceException>(() => ClaimsFile.Load(measure)).Message, StringComparison.Ordinal);
        var data = Write(ClaimsCsv.Text(ClaimsCsv.Row("h", "overtook", ("metrics", "downloads"), ("groups", "family:Qwen,family:Llama"), ("data", "api"))));
        Assert.Contains("column 'data' is 'api'", Assert.Throws<AiRaceException>(() => ClaimsFile.Load(data)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_the_ledger_columns_names_the_missing_ones()
    {
        var path = Write("id,who,date\nx,y,2025-01-01\n");
        var e = Assert.Throws<AiRaceException>(() => ClaimsFile.Load(path));
        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("'quote_original'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var e = Assert.Throws<AiRaceException>(() => ClaimsFile.Load(_dir.File("none.csv")));
        Assert.Equal(ErrorKind.Usage, e.Kind);
    }

    [Fact]
    public void A_user_row_with_a_bundled_id_replaces_it_and_new_rows_follow_the_bundled_ones()
    {
        var bundled = ClaimsFile.Bundled();
        var path = Write(ClaimsCsv.Text(
            ClaimsCsv.Row(bundled[0].Id, "leads", ("metrics", "x-index")),
            ClaimsCsv.Row("mine", "leads", ("metrics", "x-index"))));
        var all = ClaimsFile.BundledPlus(path);
        Assert.Equal(bundled.Count + 1, all.Count);
        Assert.Equal(ClaimType.Leads, all[0].Type);
        Assert.Equal("A tester", all[0].Who);
        Assert.Equal("mine", all[^1].Id);
    }

    public void Dispose() => _dir.Dispose();

    private string Write(string text)
    {
        var path = _dir.File($"c-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
