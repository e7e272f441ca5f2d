using AiRace.Core.Domain;
using AiRace.Core.Odds;
using static AiRace.Core.Tests.Odds.TestSeries;

namespace AiRace.Core.Tests.Odds;

public sealed class JumpProcessFitTests
{
    [Fact]
    public void Rate_is_advances_per_year_and_jumps_are_log_normal()
    {
        // Start 2024-01-01, advances of 2, 4 and 8 points; as-of 2025-01-01 (366 days).
        var s = Release("US", ("2024-01-01", 100, "a"), ("2024-03-01", 102, "b"), ("2024-06-01", 106, "c"), ("2024-09-01", 114, "d"));
        var history = FrontierRecordHistory.From(s, D("2025-01-01"))!;
        var fit = JumpProcessFit.Fit(history, null, "US");

        Assert.Equal(3, fit.Advances.Count);
        Assert.Equal(3 / (366 / 365.25), fit.PointEstimate.Rate, 9);
        // ln 2, ln 4, ln 8 = ln2·(1, 2, 3): mean 2·ln2, sample standard deviation ln2.
        Assert.Equal(2 * Math.Log(2), fit.PointEstimate.Mu, 9);
        Assert.Equal(Math.Log(2), fit.PointEstimate.Sigma, 9);
    }

    [Fact]
    public void A_re_estimated_record_holder_moves_the_level_but_is_not_an_advance()
    {
        var s = Snapshot("US", ("2024-01-01", 1200, "a"), ("2024-02-01", 1205, "a"), ("2024-03-01", 1203, "a"), ("2024-04-01", 1215, "b"));
        var history = FrontierRecordHistory.From(s, D("2024-12-31"))!;

        Assert.Equal(1215, history.Level);
        Assert.Equal(3, history.Records.Count);
        var advance = Assert.Single(history.Advances);
        Assert.Equal("b", advance.ModelKey);
        Assert.Equal(10, advance.Jump, 9);
    }

    [Fact]
    public void Lower_is_better_metrics_are_flipped_so_advances_are_positive()
    {
        var metric = new Metric("loss", "Loss", MetricKind.ReleaseDated, false, "nats", "test");
        var s = Build(metric, "US", [("2024-01-01", 3.0, "a"), ("2024-02-01", 2.5, "b")]);
        var history = FrontierRecordHistory.From(s, D("2024-12-31"))!;

        Assert.Equal(-2.5, history.Level);
        Assert.Equal(0.5, Assert.Single(history.Advances).Jump, 9);
    }

    [Fact]
    public void One_or_two_advances_cannot_be_fitted_and_the_error_names_the_group_and_count()
    {
        var s = Release("CN", ("2024-01-01", 100, "a"), ("2024-03-01", 102, "b"));
        var history = FrontierRecordHistory.From(s, D("2025-01-01"))!;

        Assert.False(JumpProcessFit.TryFit(history, null, out _, out var reason));
        Assert.Contains("only 1", reason, StringComparison.Ordinal);
        var ex = Assert.Throws<AiRaceException>(() => JumpProcessFit.Fit(history, null, "CN"));
        Assert.Contains("CN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_with_no_advance_is_static()
    {
        var history = FrontierRecordHistory.From(Release("CN", ("2024-01-01", 100, "a")), D("2025-01-01"))!;
        var fit = JumpProcessFit.Fit(history, null, "CN");
        Assert.Equal(JumpParameters.Static, fit.PointEstimate);
        Assert.Equal(JumpParameters.Static, fit.Draw(new Random(1)));
    }

    [Fact]
    public void Bootstrap_draws_vary_around_the_point_estimate_and_are_reproducible()
    {
        var s = Release("US", ("2023-01-01", 100, "a"), ("2023-03-01", 103, "b"), ("2023-04-01", 104, "c"), ("2023-09-01", 112, "d"), ("2024-02-01", 114, "e"), ("2024-05-01", 121, "f"));
        var fit = JumpProcessFit.Fit(FrontierRecordHistory.From(s, D("2024-12-31"))!, null, "US");

        var a = Enumerable.Range(0, 200).Select(i => fit.Draw(new Random(i))).ToList();
        var b = Enumerable.Range(0, 200).Select(i => fit.Draw(new Random(i))).ToList();
        Assert.Equal(a, b);
        Assert.True(a.Select(p => p.Rate).Distinct().Count() > 10);
        Assert.InRange(a.Average(p => p.Mu), fit.PointEstimate.Mu - 0.3, fit.PointEstimate.Mu + 0.3);
    }

    [Fact]
    public void Fit_from_excludes_earlier_advances_but_keeps_them_in_the_record()
    {
        var s = Release("US", ("2023-01-01", 100, "a"), ("2023-03-01", 103, "b"), ("2024-02-01", 105, "c"), ("2024-04-01", 106, "d"), ("2024-06-01", 110, "e"));
        var history = FrontierRecordHistory.From(s, D("2024-12-31"))!;
        var fit = JumpProcessFit.Fit(history, D("2024-01-01"), "US");

        Assert.Equal(3, fit.Advances.Count);
        Assert.Equal(D("2024-01-01"), fit.ExposureStart);
        Assert.Equal(5, history.Records.Count);
    }
}
