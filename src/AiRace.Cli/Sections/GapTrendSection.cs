using System.Text;
using AiRace.Core.Odds;
using static AiRace.Cli.Sections.SectionFormat;

namespace AiRace.Cli.Sections;

/// <summary>
/// The report section "Is the gap widening?" (Vietnamese: "Khoảng cách có đang nới rộng không?") as Markdown: the verdict,
/// the slopes with their 90% intervals, change points, and the three months-behind measures side by side.
/// </summary>
internal static class GapTrendSection
{
    public static string Title(string language) =>
        OddsText.IsVietnamese(language) ? "Khoảng cách có đang nới rộng không?" : "Is the gap widening?";

    public static string Render(GapTrendResult r, string metric, string leader, string follower, string language)
    {
        ArgumentNullException.ThrowIfNull(r);
        var vi = OddsText.IsVietnamese(language);
        var s = new StringBuilder();
        s.AppendLine($"## {Title(language)}").AppendLine();
        s.AppendLine(vi
            ? $"{leader} so với {follower} trên {metric}, từ {D(r.From)} đến {D(r.To)}: **{OddsText.Verdict(r.Verdict, true)}**."
            : $"{leader} vs {follower} on {metric}, {D(r.From)} to {D(r.To)}: **{OddsText.Verdict(r.Verdict, false)}**.");
        s.AppendLine();
        s.AppendLine(Slope(r.Points, vi));
        if (r.MonthsBehind is { } m)
        {
            s.AppendLine(Slope(m, vi));
        }

        var changes = r.Points.ChangePoints;
        s.AppendLine();
        s.AppendLine((vi ? "Điểm đổi xu hướng: " : "Change points: ") + (changes.Count == 0
            ? (vi ? "không có." : "none.")
            : string.Join("; ", changes.Select(c => $"{D(c.Date)} ({N(c.SlopeBefore)} → {N(c.SlopeAfter)} {r.Points.Unit}/{(vi ? "năm" : "year")})")) + "."));
        s.AppendLine();
        s.AppendLine(vi
            ? "| Số tháng tụt hậu (phương pháp) | Tháng | KTC 90% | Chưa bắt kịp (bị kiểm duyệt) |"
            : "| Months behind (method) | Months | 90% CI | Censored (not yet matched) |");
        s.AppendLine("|---|---|---|---|");
        foreach (var e in r.MonthsBehindMethods)
        {
            var months = e.Months is null && e.Method == MonthsBehindMethod.FirstMatch ? (vi ? "chưa đạt trung vị" : "median not reached") : N(e.Months);
            s.AppendLine($"| {OddsText.Method(e.Method, vi)} | {months} | {Range(N(e.Ci90Low), N(e.Ci90High))} | {e.Censored} / {e.N} |");
        }

        s.AppendLine();
        s.AppendLine(vi ? "Định nghĩa: " + OddsText.TrendDefinitionVi(metric, r.Points.Unit, leader, follower) : "Definition: " + r.Definition);
        return s.ToString();
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
            ? $"- {what}: {N(t.SlopePerYear)} {unit} mỗi năm (KTC 90%: {Range(N(t.Ci90.Low), N(t.Ci90.High))}), {OddsText.Verdict(t.Verdict, true)}; từ {N(t.First)} đến {N(t.Last)}."
            : $"- {what}: {N(t.SlopePerYear)} {unit} per year (90% CI {Range(N(t.Ci90.Low), N(t.Ci90.High))}), {OddsText.Verdict(t.Verdict, false)}; from {N(t.First)} to {N(t.Last)}.";
    }
}
