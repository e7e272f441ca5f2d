using AiRace.Cli.Report.Model;
using AiRace.Core.Odds;
using static AiRace.Cli.Sections.SectionFormat;

namespace AiRace.Cli.Sections;

/// <summary>
/// The report section "Is the gap widening?" (Vietnamese: "Khoảng cách có đang nới rộng không?") as Markdown: the verdict,
/// the slopes with their 90% intervals, change points, and the three months-behind measures side by side.
/// <see cref="Build"/> gives the report blocks; <see cref="Render"/> the same as Markdown.
/// </summary>
internal static class GapTrendSection
{
    public static string Title(string language) =>
        OddsText.IsVietnamese(language) ? "Khoảng cách có đang nới rộng không?" : "Is the gap widening?";

    public static string Render(GapTrendResult r, string metric, string leader, string follower, string language) =>
        SectionMarkdown.Render(Build(r, metric, leader, follower, language));

    public static ReportSection Build(GapTrendResult r, string metric, string leader, string follower, string language)
    {
        ArgumentNullException.ThrowIfNull(r);
        var vi = OddsText.IsVietnamese(language);
        using var _ = SectionFormat.Language(vi);
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(vi
                ? $"{leader} so với {follower} trên {metric}, từ {D(r.From)} đến {D(r.To)}: {OddsText.Verdict(r.Verdict, true)}."
                : $"{leader} vs {follower} on {metric}, {D(r.From)} to {D(r.To)}: {OddsText.Verdict(r.Verdict, false)}."),
        };
        var slopes = new List<string> { Slope(r.Points, vi) };
        if (r.MonthsBehind is { } m)
        {
            slopes.Add(Slope(m, vi));
        }

        blocks.Add(new ReportList(vi ? "Độ dốc của khoảng cách:" : "Slope of the gap:", slopes));
        var changes = r.Points.ChangePoints;
        blocks.Add(new ReportParagraph((vi ? "Điểm đổi xu hướng: " : "Change points: ") + (changes.Count == 0
            ? (vi ? "không có." : "none.")
            : string.Join("; ", changes.Select(c => $"{D(c.Date)} ({N(c.SlopeBefore)} → {N(c.SlopeAfter)} {r.Points.Unit}/{(vi ? "năm" : "year")})")) + ".")));
        var rows = r.MonthsBehindMethods.Select(e =>
        {
            var months = e.Months is null ? (vi ? "không ước lượng được" : "not estimable") : N(e.Months);
            return (IReadOnlyList<string>)[OddsText.Method(e.Name, vi), months, Range(N(e.Ci90Low), N(e.Ci90High)), $"{e.Censored} / {e.N}"];
        }).ToList();
        blocks.Add(new ReportTable(
            vi ? ["Số tháng tụt hậu (phương pháp)", "Tháng", "KTC 90%", "Chưa bắt kịp (bị kiểm duyệt)"] : ["Months behind (method)", "Months", "90% CI", "Censored (not yet matched)"],
            rows));
        if (r.Disagreement is not null)
        {
            blocks.Add(new ReportParagraph(vi
                ? "Hai thước đo cho kết luận khác nhau vì chúng đo hai điều khác nhau: điểm so sánh hai điểm số cao nhất trên cùng một ngày, còn số tháng hỏi bên dẫn đầu đã phát hành mô hình ở trình độ của bên theo sau cách đây bao lâu; khi các mô hình gần đây của bên dẫn đầu có điểm sát nhau (hoặc cách xa nhau), một thay đổi nhỏ về điểm có thể là một thay đổi lớn về số tháng, và ngược lại."
                : r.Disagreement));
        }

        blocks.Add(new ReportParagraph(vi ? "Định nghĩa: " + OddsText.TrendDefinitionVi(metric, r.Points.Unit, leader, follower) : "Definition: " + r.Definition));
        return new ReportSection("gap-trend", Title(language), blocks);
    }

    private static string Slope(TrendEstimate t, bool vi)
    {
        var unit = t.Measure == "points" ? t.Unit : vi ? "tháng" : "months";
        var what = (t.Measure == "points", vi) switch
        {
            (true, true) => "Khoảng cách (điểm)",
            (false, true) => "Khoảng cách (số tháng tụt hậu)",
            (true, false) => "Gap in points",
            _ => "Gap in months behind",
        };
        return vi
            ? $"{what}: {N(t.SlopePerYear)} {unit} mỗi năm (KTC 90%: {Range(N(t.Ci90.Low), N(t.Ci90.High))}), {OddsText.Verdict(t.Verdict, true)}; từ {N(t.First)} đến {N(t.Last)}."
            : $"{what}: {N(t.SlopePerYear)} {unit} per year (90% CI {Range(N(t.Ci90.Low), N(t.Ci90.High))}), {OddsText.Verdict(t.Verdict, false)}; from {N(t.First)} to {N(t.Last)}.";
    }
}
