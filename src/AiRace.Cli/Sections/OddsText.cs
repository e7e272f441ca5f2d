using AiRace.Core;
using AiRace.Core.Odds;

namespace AiRace.Cli.Sections;

/// <summary>The English and Vietnamese wording of the "Is the gap widening?" and "The odds" report sections.</summary>
internal static class OddsText
{
    public static bool IsVietnamese(string language) => language switch
    {
        "en" => false,
        "vi" => true,
        _ => throw new AiRaceException(ErrorKind.Usage, $"Unknown report language '{language}': use en or vi."),
    };

    public static string Verdict(TrendVerdict v, bool vi) => (v, vi) switch
    {
        (TrendVerdict.Widening, true) => "đang nới rộng",
        (TrendVerdict.Narrowing, true) => "đang thu hẹp",
        (_, true) => "không thay đổi đáng kể",
        _ => TrendVerdictNames.ToText(v),
    };

    public static string Method(string name, bool vi) => (name, vi) switch
    {
        ("horizontal", true) => "khoảng cách ngang (horizontal)",
        ("first-match", true) => "lần khớp đầu tiên (first-match)",
        ("threshold", true) => "vượt ngưỡng (threshold)",
        _ => name,
    };

    public static string BacktestVerdict(BacktestResult b, bool vi)
    {
        if (!vi)
        {
            return b.Verdict;
        }

        return b.Brier is null
            ? "chưa đủ lịch sử để kiểm định ngược"
            : (b.BeatsBaseRate, b.BeatsNever) switch
            {
                (true, true) => "mô hình tốt hơn cả hai mốc so sánh (tần suất lịch sử và \"không bao giờ\") theo điểm Brier",
                (true, false) => "mô hình tốt hơn tần suất lịch sử nhưng không tốt hơn \"không bao giờ\" theo điểm Brier",
                (false, true) => "mô hình tốt hơn \"không bao giờ\" nhưng không tốt hơn tần suất lịch sử theo điểm Brier",
                _ => "mô hình không tốt hơn mốc so sánh nào (tần suất lịch sử, \"không bao giờ\") theo điểm Brier",
            };
    }

    public static string TrendDefinitionVi(string metric, string unit, string leader, string follower) =>
        $"khoảng cách = biên năng lực của {leader} trừ của {follower} trên {metric} (dương: {leader} dẫn trước), tính bằng {unit} và bằng số tháng tụt hậu theo chiều ngang; "
        + "độ dốc: bình phương tối thiểu thông thường theo năm; KTC 90%: bootstrap khối trượt trên phần dư (độ dài khối ⌈n^(1/3)⌉, 2000 lần lặp, phân vị 5–95); "
        + $"nới rộng = khoảng tin cậy nằm trên 0 (lợi thế của {leader} tăng), thu hẹp = nằm dưới 0, còn lại là không thay đổi đáng kể; "
        + "điểm đổi xu hướng: phân đoạn nhị phân trên mô hình tuyến tính từng khúc, giữ lại khi BIC giảm.";

    public static string OddsDefinitionVi(string metric, string leader, string follower, DateOnly asOf) =>
        $"vượt lên = kỷ lục biên năng lực của {follower} trên {metric} (điểm cao nhất đạt được cho đến nay) cao hơn hẳn kỷ lục của {leader}; "
        + "\"vào bất kỳ lúc nào\": tại một thời điểm nào đó trong thời hạn; \"tại thời điểm cuối\": ở cuối thời hạn; KTC 90%: phân vị 5–95 qua các lần rút tham số; "
        + $"chỉ dùng các quan sát có ngày trước hoặc bằng {asOf.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}.";

    public static IReadOnlyList<string> Assumptions(bool vi) => vi ? AssumptionsVi : OvertakeForecast.Assumptions;

    private static readonly string[] AssumptionsVi =
    [
        "Biên năng lực của mỗi nhóm là kỷ lục của nhóm: điểm cao nhất đạt được cho đến nay (điểm được ước lượng lại thấp hơn kỷ lục không được tính).",
        "Các lần phát hành đẩy biên năng lực (một mô hình mới lập kỷ lục của nhóm) đến theo quá trình Poisson với tốc độ không đổi cho mỗi nhóm, ước lượng bằng số lần tiến lên trên mỗi năm quan sát.",
        "Mỗi lần tiến lên nâng kỷ lục một bước nhảy có phân phối log-chuẩn, độc lập với thời gian, với khoảng cách và với nhóm kia; kích thước bước nhảy được ước lượng bằng LogNormal.Estimate của MathNet.",
        "Hai nhóm tiến triển độc lập. Độ bất định của tham số được đưa vào bằng cách ước lượng lại trên các mẫu bootstrap của khoảng thời gian giữa các lần tiến lên và của các bước nhảy, mỗi lô đường mô phỏng một lần rút.",
        "Điểm số giữ nguyên thang đo hiện tại của chỉ số; sự trôi của thang xếp hạng, bộ đánh giá mới, quy định, kiểm soát xuất khẩu và các cú sốc khác không được mô hình hóa.",
    ];
}
