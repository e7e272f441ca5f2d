using AiRace.Application.Odds;
using AiRace.Core.Odds;

namespace AiRace.Application.Text;

internal sealed partial class VietnameseText
{
    private const string BaseRateVi = "tần suất lịch sử";

    public override string OddsTitle => "Xác suất vượt lên";

    public override string OddsVerdict(OvertakeForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bt = result.Backtest;
        if (result.Model is null && bt.BaseRate.Forecasts == 0)
        {
            return "Kiểm định ngược gộp chưa có dự báo nào được chấm điểm (lịch sử trên một thang đo còn quá ngắn), nên không in được mô hình hay tần suất lịch sử.";
        }

        if (result.Model is not { } m)
        {
            return $"Không mô hình nào tốt hơn {BaseRateVi} trong kiểm định ngược gộp (Brier và điểm log), nên xác suất in ra là {BaseRateVi} của loại cuộc đua này.";
        }

        var card = bt.Card(m);
        return $"Mô hình {OddsModels.Name(m)} có điểm log gộp tốt nhất trong các mô hình tốt hơn {BaseRateVi}: Brier {Score(card.Brier)} so với {Score(bt.BaseRate.Brier)} ({BaseRateVi}) và {Score(bt.Never.Brier)} (\"không bao giờ\"); điểm log {Score(card.LogScore)} so với {Score(bt.BaseRate.LogScore)} và {Score(bt.Never.LogScore)}, trên {Count(card.Forecasts)} dự báo với {Count(card.Events)} lần vượt.";
    }

    public override string OddsRaceLine(ForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.RaceModel;
        return m.Forecasts == 0
            ? "Cuộc đua này chưa có dự báo kiểm định ngược riêng."
            : $"Riêng cuộc đua này ({Count(m.Forecasts)} dự báo, {Count(m.Events)} lần vượt): Brier {Score(m.Brier)} so với {Score(result.RaceBaseRate.Brier)} ({BaseRateVi}) và {Score(result.RaceNever.Brier)} (\"không bao giờ\"); quá ít để hiệu chỉnh riêng, nên xác suất dựa trên kiểm định gộp.";
    }

    public override string OddsModelLine(OvertakeForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Mô hình in ra: {result.ModelName}, hiệu chỉnh Platt a = {Score(result.Calibration.A)}, b = {Score(result.Calibration.B)} (trên {Count(result.Calibration.N)} dự báo kiểm định ngược trước đó).";
    }

    public override string OddsIntro(string follower, string metric, string leader, DateOnly from, string model) =>
        $"Xác suất kỷ lục của {follower} trên {metric} cao hơn kỷ lục của {leader} (không tính bằng nhau) vào một lúc nào đó trong thời hạn, tính từ {Date(from)} (mô hình: {model}):";

    public override IReadOnlyList<string> OddsColumns { get; } = ["Thời hạn", "Vào bất kỳ lúc nào", "KTC 90%", "Tần suất lịch sử"];

    public override string Years(double years) => $"{Number(years, years == Math.Floor(years) ? 0 : 1)} năm";

    public override string ReliabilityTitle(string model) => $"Độ tin cậy ({model}, kiểm định ngược gộp)";

    public override string ReliabilityPredicted => "Xác suất dự báo";

    public override string ReliabilityObserved => "Tỷ lệ xảy ra";

    public override string ReliabilityBarsTitle => "Tỷ lệ xảy ra theo nhóm xác suất dự báo (%)";

    public override string ReliabilitySummary(string title, int forecasts, int events) =>
        $"{title}: {Count(forecasts)} dự báo, {Count(events)} lần vượt; mỗi dòng là một nhóm xác suất dự báo, với số dự báo và tỷ lệ thực sự xảy ra.";

    public override IReadOnlyList<string> ReliabilityColumns { get; } = ["Dự báo", "Số dự báo", "Trung bình dự báo", "Tỷ lệ xảy ra"];

    public override string OddsDefinition(OvertakeForecastResult result, string metric, string leader, string follower)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Định nghĩa: vượt lên = kỷ lục của {follower} trên {metric} (điểm cao nhất đạt được kể từ lần đổi phương pháp xếp hạng gần nhất) cao hơn kỷ lục của {leader} (không tính bằng nhau) vào một lúc nào đó trong thời hạn, "
            + $"tính từ {Date(result.From)} (ngày cuối có dữ liệu trước hoặc bằng {Date(result.AsOf)}); KTC 90%: từ độ bất định của phép hiệu chỉnh.";
    }

    public override string AssumptionsLabel => "Giả định:";

    public override IReadOnlyList<string> OddsAssumptions { get; } =
    [
        "Biên năng lực của mỗi nhóm là kỷ lục của nhóm: điểm cao nhất đạt được kể từ lần đổi phương pháp xếp hạng gần nhất (không so sánh qua hai thang đo).",
        "Khoảng cách được đo bằng đơn vị bước nhảy trung vị lập kỷ lục của cuộc đua, để gộp các cuộc đua trên nhiều chỉ số.",
        "jump: hai kỷ lục cùng tiến theo tháng; xác suất chỉ nhóm dẫn, chỉ nhóm sau, hoặc cả hai lập kỷ lục trong một tháng được ước lượng chung trên 24 tháng gần nhất; mọi bước nhảy theo một phân phối log-chuẩn chung (MathNet LogNormal.Estimate).",
        "lag: khoảng cách (theo bước nhảy trung vị) theo AR(1) z' = c + φ·z + σ·t_ν gộp trên mọi cuộc đua, nhiễu Student-t (ước lượng hợp lý cực đại); vượt lên = khoảng cách xuống dưới 0, bằng mô phỏng.",
        "hazard: P(vượt trong tháng tới | đang sau) = logistic của ln(1 + khoảng cách), thay đổi 3 tháng và số lần lập kỷ lục 6 tháng của nhóm sau, ước lượng trên mọi cuộc đua (Allison 1982).",
        "Xác suất của mỗi mô hình được hiệu chỉnh Platt trên kiểm định ngược gộp; các thời hạn quá 12 tháng ngoại suy phép hiệu chỉnh đó.",
        "Sự trôi của thang xếp hạng, bộ đánh giá mới, quy định, kiểm soát xuất khẩu và các cú sốc khác không được mô hình hóa.",
    ];

    public override string OddsMore(string sources, string metricId, string leader, string follower) =>
        $"Nguồn: {sources}. Chạy 'airace forecast --metric {metricId} --between {leader},{follower}' để có thêm đường mô phỏng và tham chiếu.";

    public override string OddsBacktestLine(OvertakeForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bt = result.Backtest;
        var card = result.Model is { } m ? bt.Card(m) : bt.BaseRate;
        return $"Kiểm định ngược gộp của {card.Name}: Brier {Score(card.Brier)} ({BaseRateVi} {Score(bt.BaseRate.Brier)}, \"không bao giờ\" {Score(bt.Never.Brier)}), điểm log {Score(card.LogScore)} ({Score(bt.BaseRate.LogScore)}, {Score(bt.Never.LogScore)}); {Count(card.Forecasts)} dự báo, {Count(card.Events)} lần vượt; Platt a = {Score(result.Calibration.A)}, b = {Score(result.Calibration.B)}.";
    }

    public override string OddsHeadlineIntro(string follower, string leader, string metric, DateOnly from, string model) =>
        $"Xác suất kỷ lục của {follower} trên {metric} vượt lên cao hơn {leader} (không tính bằng nhau), tính từ {Date(from)} (mô hình: {model}):";

    public override string ReferencesTitle => "Các nhận định tham chiếu, bên cạnh mô hình theo cùng định nghĩa";

    public override IReadOnlyList<string> ReferencesColumns { get; } = ["Ai", "Ngày", "Xác suất của họ", "Mô hình, cùng định nghĩa", "Nguồn"];
}
