using AiRace.Cli.Report.Model;
using AiRace.Core.Odds;
using static AiRace.Cli.Sections.SectionFormat;

namespace AiRace.Cli.Sections;

/// <summary>
/// The report section "The odds" (Vietnamese: "Xác suất vượt lên") as Markdown: the overtaking probabilities per horizon with
/// 90% intervals, the fitted model, the back-test against its baselines, the definition and the assumptions.
/// </summary>
internal static class OddsSection
{
    public static string Title(string language) => OddsText.IsVietnamese(language) ? "Xác suất vượt lên" : "The odds";

    public static string Render(OvertakeForecastResult r, string metric, string unit, string leader, string follower, string language) =>
        SectionMarkdown.Render(Build(r, metric, unit, leader, follower, language));

    public static ReportSection Build(OvertakeForecastResult r, string metric, string unit, string leader, string follower, string language)
    {
        ArgumentNullException.ThrowIfNull(r);
        var vi = OddsText.IsVietnamese(language);
        using var _ = SectionFormat.Language(vi);
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(vi
                ? $"Xác suất biên năng lực của {follower} trên {metric} cao hơn hẳn của {leader}, tính đến {D(r.AsOf)}:"
                : $"Probability that {follower}'s frontier on {metric} is strictly above {leader}'s, as of {D(r.AsOf)}:"),
            new ReportTable(
                vi ? ["Thời hạn", "Vào bất kỳ lúc nào", "KTC 90%", "Tại thời điểm cuối", "Số tháng tụt hậu kỳ vọng"] : ["Horizon", "At any time", "90% CI", "At the horizon", "Expected months behind"],
                [.. r.Simulation.Horizons.Select(h => (IReadOnlyList<string>)[
                    $"{N(h.Years)} {(vi ? "năm" : h.Years == 1 ? "year" : "years")}", P(h.PAnyTime), Range(P(h.AnyTimeCi90.Low), P(h.AnyTimeCi90.High)),
                    P(h.PAtHorizon), N(h.ExpectedMonthsBehind)])]),
            new ReportParagraph(vi
                ? $"Mô hình: quá trình Poisson phức hợp có bước nhảy cho mỗi nhóm. {Group(leader, r.Leader, unit, true)}; {Group(follower, r.Follower, unit, true)}. Khoảng cách hiện tại: {N(r.InitialGap)} {unit}."
                : $"Model: a compound Poisson jump process per group. {Group(leader, r.Leader, unit, false)}; {Group(follower, r.Follower, unit, false)}. Gap now: {N(r.InitialGap)} {unit}."),
        };
        var b = r.Backtest;
        blocks.Add(new ReportParagraph(vi
            ? $"Kiểm định ngược ({b.Forecasts.Count} dự báo từ {b.Origins} mốc hằng tháng, {b.Forecasts.Count(f => f.Happened)} lần vượt): Brier {N(b.Brier)}, so với tần suất lịch sử {N(b.BaseRateBrier)} và \"không bao giờ\" {N(b.NeverBrier)}: {OddsText.BacktestVerdict(b, true)}."
            : $"Back-test ({b.Forecasts.Count} forecasts from {b.Origins} monthly origins, {b.Forecasts.Count(f => f.Happened)} overtakes): Brier {N(b.Brier)}, against the base rate {N(b.BaseRateBrier)} and \"never\" {N(b.NeverBrier)}: {OddsText.BacktestVerdict(b, false)}."));
        blocks.Add(new ReportParagraph(vi ? "Định nghĩa: " + OddsText.OddsDefinitionVi(metric, leader, follower, r.AsOf) : "Definition: " + r.Definition));
        blocks.Add(new ReportList(vi ? "Giả định:" : "Assumptions:", [.. OddsText.Assumptions(vi)]));
        return new ReportSection("odds", Title(language), blocks);
    }

    private static string Group(string label, JumpProcessFit fit, string unit, bool vi)
    {
        var p = fit.PointEstimate;
        var jump = p.Rate > 0 ? N(p.MeanJump) : "0";
        return vi
            ? $"{label}: {N(p.Rate)} lần tiến lên mỗi năm, bước nhảy trung bình {jump} {unit} ({fit.Advances.Count} lần kể từ {D(fit.ExposureStart)})"
            : $"{label}: {N(p.Rate)} advances a year, mean jump {jump} {unit} ({fit.Advances.Count} since {D(fit.ExposureStart)})";
    }
}
