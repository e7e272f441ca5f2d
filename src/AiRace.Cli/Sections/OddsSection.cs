using System.Globalization;
using AiRace.Application.Odds;
using AiRace.Cli.Report.Charts;
using AiRace.Cli.Report.Model;
using AiRace.Core.Odds;
using static AiRace.Cli.Sections.SectionFormat;

namespace AiRace.Cli.Sections;

/// <summary>
/// The report section "The odds" (Vietnamese: "Xác suất vượt lên"): when no model beat the base rate, one sentence saying
/// so before any number; the printed probabilities per horizon with 90% intervals and the base rate; the model and its
/// recalibration; the pooled back-test verdict; the reliability diagram with counts; the definition and the assumptions.
/// A probability from a model that lost its back-test is never shown.
/// </summary>
internal static class OddsSection
{
    public static string Title(string language) => OddsText.IsVietnamese(language) ? "Xác suất vượt lên" : "The odds";

    public static string Render(ForecastResult r, string metric, string leader, string follower, string language) =>
        SectionMarkdown.Render(new ReportSection("odds", Title(language), Blocks(r, metric, leader, follower, language)));

    public static IReadOnlyList<ReportBlock> Blocks(ForecastResult result, string metric, string leader, string follower, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var r = result.Forecast;
        var vi = OddsText.IsVietnamese(language);
        using var _ = SectionFormat.Language(vi);
        var blocks = new List<ReportBlock>();
        if (r.Model is null)
        {
            blocks.Add(new ReportParagraph(OddsText.Verdict(r, vi)));
        }

        blocks.Add(new ReportParagraph(vi
            ? $"Xác suất kỷ lục của {follower} trên {metric} cao hơn hẳn của {leader} vào một lúc nào đó trong thời hạn, tính từ {D(r.From)} (mô hình: {r.ModelName}):"
            : $"Probability that {follower}'s record on {metric} is strictly above {leader}'s at some time within the horizon, counted from {D(r.From)} (model: {r.ModelName}):"));
        blocks.Add(new ReportTable(
            vi ? ["Thời hạn", "Vào bất kỳ lúc nào", "KTC 90%", "Tần suất lịch sử"] : ["Horizon", "At any time", "90% CI", "Base rate"],
            [.. r.Horizons.Select(h => (IReadOnlyList<string>)[
                $"{N(h.Years)} {(vi ? "năm" : h.Years == 1 ? "year" : "years")}", P(h.PAnyTime), Range(P(h.AnyTimeCi90.Low), P(h.AnyTimeCi90.High)),
                h.BaseRate is { } b ? P(b) : "-"])]));
        if (r.Model is not null)
        {
            blocks.Add(new ReportParagraph(OddsText.ModelLine(r, vi) + " " + OddsText.Verdict(r, vi)));
            blocks.Add(new ReportParagraph(OddsText.RaceLine(result, vi)));
        }

        var card = r.Model is { } m ? r.Backtest.Card(m) : r.Backtest.BaseRate;
        var title = vi ? $"Độ tin cậy ({card.Name}, kiểm định ngược gộp)" : $"Reliability ({card.Name}, pooled back-test)";
        var culture = vi ? CultureInfo.GetCultureInfo("vi-VN") : CultureInfo.InvariantCulture;
        var bars = card.Bins.Where(b => b.N > 0)
            .Select(b => new ReportBar($"{P(b.Low)}–{P(b.High)} (n={b.N.ToString(CultureInfo.InvariantCulture)})", 100 * (b.Observed ?? 0))).ToList();
        blocks.Add(new ReportChart(
            "reliability-" + result.Metric.Id, title,
            ReliabilityChart.Build(title, vi ? "Xác suất dự báo" : "Predicted", vi ? "Tỷ lệ xảy ra" : "Observed", card.Bins, culture),
            vi ? "Tỷ lệ xảy ra theo nhóm xác suất dự báo (%)" : "Observed share by predicted bin (%)", bars, 420));
        blocks.Add(new ReportParagraph(title + (vi
            ? $": {card.Forecasts} dự báo, {card.Events} lần vượt; mỗi dòng là một nhóm xác suất dự báo, với số dự báo và tỷ lệ thực sự xảy ra."
            : $": {card.Forecasts} forecasts, {card.Events} overtakes; each row is a bin of predicted probability, with its count and the share that came true.")));
        blocks.Add(new ReportTable(
            vi ? ["Dự báo", "Số dự báo", "Trung bình dự báo", "Tỷ lệ xảy ra"] : ["Predicted", "Forecasts", "Mean predicted", "Observed"],
            [.. card.Bins.Select(b => (IReadOnlyList<string>)[
                Range(P(b.Low), P(b.High)), b.N.ToString(CultureInfo.InvariantCulture),
                b.MeanPredicted is { } mp ? P(mp) : "-", b.Observed is { } o ? P(o) : "-"])]));
        blocks.Add(new ReportParagraph(vi ? "Định nghĩa: " + OddsText.OddsDefinitionVi(metric, leader, follower, r.From, r.AsOf) : "Definition: " + r.Definition));
        blocks.Add(new ReportList(vi ? "Giả định:" : "Assumptions:", [.. OddsText.Assumptions(vi)]));
        return blocks;
    }
}
