using AiRace.Application.Odds;
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

    /// <summary>One sentence: which model is printed and how it scored on the pooled back-test against the base rate and "never".</summary>
    public static string Verdict(OvertakeForecastResult r, bool vi)
    {
        var bt = r.Backtest;
        var baseline = vi ? "tần suất lịch sử" : "the base rate";
        if (r.Model is null && bt.BaseRate.Forecasts == 0)
        {
            return vi
                ? "Kiểm định ngược gộp chưa có dự báo nào được chấm điểm (lịch sử trên một thang đo còn quá ngắn), nên không in được mô hình hay tần suất lịch sử."
                : r.NoModelSentence!;
        }

        if (r.Model is not { } m)
        {
            return vi
                ? $"Không mô hình nào tốt hơn {baseline} trong kiểm định ngược gộp (Brier và điểm log), nên xác suất in ra là {baseline} của loại cuộc đua này."
                : r.NoModelSentence!;
        }

        var card = bt.Card(m);
        return vi
            ? $"Mô hình {OddsModels.Name(m)} có điểm log gộp tốt nhất trong các mô hình tốt hơn {baseline}: Brier {N(card.Brier)} so với {N(bt.BaseRate.Brier)} ({baseline}) và {N(bt.Never.Brier)} (\"không bao giờ\"); điểm log {N(card.LogScore)} so với {N(bt.BaseRate.LogScore)} và {N(bt.Never.LogScore)}, trên {card.Forecasts} dự báo với {card.Events} lần vượt."
            : $"The {OddsModels.Name(m)} model has the best pooled log score of the models that beat the base rate: Brier {N(card.Brier)} against {N(bt.BaseRate.Brier)} (base rate) and {N(bt.Never.Brier)} (never); log score {N(card.LogScore)} against {N(bt.BaseRate.LogScore)} and {N(bt.Never.LogScore)}, over {card.Forecasts} forecasts with {card.Events} overtakes.";
    }

    /// <summary>One sentence: how the printed model (or base rate) scored on this race's own back-test forecasts, which are few.</summary>
    public static string RaceLine(ForecastResult r, bool vi)
    {
        var m = r.RaceModel;
        if (m.Forecasts == 0)
        {
            return vi ? "Cuộc đua này chưa có dự báo kiểm định ngược riêng." : "This race has no back-test forecasts of its own yet.";
        }

        return vi
            ? $"Riêng cuộc đua này ({m.Forecasts} dự báo, {m.Events} lần vượt): Brier {N(m.Brier)} so với {N(r.RaceBaseRate.Brier)} (tần suất lịch sử) và {N(r.RaceNever.Brier)} (\"không bao giờ\"); quá ít để hiệu chỉnh riêng, nên xác suất dựa trên kiểm định gộp."
            : $"On this race alone ({m.Forecasts} forecasts, {m.Events} overtakes): Brier {N(m.Brier)} against {N(r.RaceBaseRate.Brier)} (base rate) and {N(r.RaceNever.Brier)} (never); too few to calibrate on, which is why the odds rest on the pooled back-test.";
    }

    private static string N(double v) => double.IsFinite(v) ? v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    public static string TrendDefinitionVi(string metric, string unit, string leader, string follower) =>
        $"khoảng cách = biên năng lực của {leader} trừ của {follower} trên {metric} (dương: {leader} dẫn trước), tính bằng {unit} và bằng số tháng tụt hậu theo chiều ngang; "
        + "độ dốc: bình phương tối thiểu thông thường theo năm; KTC 90%: bootstrap khối trượt trên phần dư (độ dài khối ⌈n^(1/3)⌉, 2000 lần lặp, phân vị 5–95); "
        + $"nới rộng = khoảng tin cậy nằm trên 0 (lợi thế của {leader} tăng), thu hẹp = nằm dưới 0, còn lại là không thay đổi đáng kể; "
        + "điểm đổi xu hướng: phân đoạn nhị phân trên mô hình tuyến tính từng khúc, giữ lại khi BIC giảm.";

    public static string OddsDefinitionVi(string metric, string leader, string follower, DateOnly from, DateOnly asOf) =>
        $"vượt lên = kỷ lục của {follower} trên {metric} (điểm cao nhất đạt được kể từ lần đổi phương pháp xếp hạng gần nhất) cao hơn hẳn kỷ lục của {leader} vào một lúc nào đó trong thời hạn, "
        + $"tính từ {from.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} (ngày cuối có dữ liệu trước hoặc bằng {asOf.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}); KTC 90%: từ độ bất định của phép hiệu chỉnh.";

    public static IReadOnlyList<string> Assumptions(bool vi) => vi ? AssumptionsVi : OvertakeForecast.Assumptions;

    /// <summary>The headline sentence and the model line, in the report's language.</summary>
    public static string ModelLine(OvertakeForecastResult r, bool vi) => vi
        ? $"Mô hình in ra: {r.ModelName}, hiệu chỉnh Platt a = {N(r.Calibration.A)}, b = {N(r.Calibration.B)} (trên {r.Calibration.N} dự báo kiểm định ngược trước đó)."
        : $"Model printed: {r.ModelName}, Platt recalibration a = {N(r.Calibration.A)}, b = {N(r.Calibration.B)} (fitted on {r.Calibration.N} earlier back-test forecasts).";

    private static readonly string[] AssumptionsVi =
    [
        "Biên năng lực của mỗi nhóm là kỷ lục của nhóm: điểm cao nhất đạt được kể từ lần đổi phương pháp xếp hạng gần nhất (không so sánh qua hai thang đo).",
        "Khoảng cách được đo bằng đơn vị bước nhảy trung vị lập kỷ lục của cuộc đua, để gộp các cuộc đua trên nhiều chỉ số.",
        "jump: hai kỷ lục cùng tiến theo tháng; xác suất chỉ nhóm dẫn, chỉ nhóm sau, hoặc cả hai lập kỷ lục trong một tháng được ước lượng chung trên 24 tháng gần nhất; mọi bước nhảy theo một phân phối log-chuẩn chung (MathNet LogNormal.Estimate).",
        "lag: khoảng cách (theo bước nhảy trung vị) theo AR(1) z' = c + φ·z + σ·t_ν gộp trên mọi cuộc đua, nhiễu Student-t (ước lượng hợp lý cực đại); vượt lên = khoảng cách xuống dưới 0, bằng mô phỏng.",
        "hazard: P(vượt trong tháng tới | đang sau) = logistic của ln(1 + khoảng cách), thay đổi 3 tháng và số lần lập kỷ lục 6 tháng của nhóm sau, ước lượng trên mọi cuộc đua (Allison 1982).",
        "Xác suất của mỗi mô hình được hiệu chỉnh Platt trên kiểm định ngược gộp; các thời hạn quá 12 tháng ngoại suy phép hiệu chỉnh đó.",
        "Sự trôi của thang xếp hạng, bộ đánh giá mới, quy định, kiểm soát xuất khẩu và các cú sốc khác không được mô hình hóa.",
    ];
}
