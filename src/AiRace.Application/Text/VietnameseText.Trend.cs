using AiRace.Core.Odds;

namespace AiRace.Application.Text;

/// <summary>"Is the gap widening?" ("Khoảng cách có đang nới rộng không?"), in Vietnamese.</summary>
internal sealed partial class VietnameseText
{
    public override string TrendTitle => "Khoảng cách có đang nới rộng không?";

    public override string Verdict(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Widening => "đang nới rộng",
        TrendVerdict.Narrowing => "đang thu hẹp",
        _ => "không thay đổi đáng kể",
    };

    public override string TrendIntro(string leader, string follower, string metric, DateOnly from, DateOnly to, TrendVerdict verdict) =>
        $"{leader} so với {follower} trên {metric}, từ {Date(from)} đến {Date(to)}: {Verdict(verdict)}.";

    public override string SlopesTitle => "Độ dốc của khoảng cách:";

    public override string Slope(bool inPoints, double? slopePerYear, string unit, double? low, double? high, TrendVerdict verdict, double? first, double? last) =>
        $"{(inPoints ? "Khoảng cách (điểm)" : "Khoảng cách (số tháng tụt hậu)")}: {Compact(slopePerYear)} {unit} mỗi năm (KTC 90%: {Range(Compact(low), Compact(high))}), {Verdict(verdict)}; từ {Compact(first)} đến {Compact(last)}.";

    public override string ChangePoints(IReadOnlyList<(DateOnly Date, double? Before, double? After)> changes, string unit)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return "Điểm đổi xu hướng: " + (changes.Count == 0
            ? "không có."
            : string.Join("; ", changes.Select(c => $"{Date(c.Date)} ({Compact(c.Before)} → {Compact(c.After)} {unit}/năm)")) + ".");
    }

    public override string MonthsUnit => "tháng";

    // Censored (statistics): the follower was not yet matched when the data ends, so only a lower bound is known.
    // Not "bị kiểm duyệt", which a newspaper reader takes for political censorship.
    public override IReadOnlyList<string> MonthsBehindColumns =>
        ["Số tháng tụt hậu (phương pháp)", "Tháng", "KTC 90%", "Chưa bắt kịp khi hết dữ liệu (dữ liệu bị chặn)"];

    public override string MonthsBehindMethod(string name) => name switch
    {
        "horizontal" => "khoảng cách ngang (horizontal)",
        "first-match" => "lần khớp đầu tiên (first-match)",
        "threshold" => "vượt ngưỡng (threshold)",
        _ => name,
    };

    public override string NotEstimable => "không ước lượng được";

    public override string Disagreement(string english) =>
        "Hai thước đo cho kết luận khác nhau vì chúng đo hai điều khác nhau: điểm so sánh hai điểm số cao nhất trên cùng một ngày, còn số tháng hỏi bên dẫn đầu đã phát hành mô hình ở trình độ của bên theo sau cách đây bao lâu; khi các mô hình gần đây của bên dẫn đầu có điểm sát nhau (hoặc cách xa nhau), một thay đổi nhỏ về điểm có thể là một thay đổi lớn về số tháng, và ngược lại.";

    public override string TrendDefinition(string english, string metric, string unit, string leader, string follower) =>
        $"khoảng cách = biên năng lực của {leader} trừ của {follower} trên {metric} (dương: {leader} dẫn trước), tính bằng {unit} và bằng số tháng tụt hậu theo chiều ngang; "
        + "độ dốc: bình phương tối thiểu thông thường theo năm; KTC 90%: bootstrap khối trượt trên phần dư (độ dài khối ⌈n^(1/3)⌉, 2000 lần lặp, phân vị 5–95); "
        + $"nới rộng = khoảng tin cậy nằm trên 0 (lợi thế của {leader} tăng), thu hẹp = nằm dưới 0, còn lại là không thay đổi đáng kể; "
        + "điểm đổi xu hướng: phân đoạn nhị phân trên mô hình tuyến tính từng khúc, giữ lại khi BIC giảm.";
}
