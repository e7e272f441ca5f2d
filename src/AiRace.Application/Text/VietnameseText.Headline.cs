using AiRace.Core.Claims;
using AiRace.Core.Odds;

namespace AiRace.Application.Text;

/// <summary>Báo cáo tóm tắt, in Vietnamese.</summary>
internal sealed partial class VietnameseText
{
    public override string HeadlineQuestion => "Trung Quốc có đang bắt kịp Mỹ về AI không?";

    public override string HeadlineLead(DateOnly? asOf) =>
        $"Sáu câu trả lời từ dữ liệu trong kho, tính đến {(asOf is { } d ? LongDate(d) : NotAvailable)}. Khoảng cách dương nghĩa là Mỹ đang dẫn trước.";

    public override string ContentsTitle => "Mục lục";

    public override string AheadTitle => "1. Mỹ dẫn trước bao xa?";

    public override string AheadIntro => "Mô hình tốt nhất của Mỹ so với mô hình tốt nhất của Trung Quốc trên các thước đo chính, vào ngày gần nhất cả hai cùng được chấm.";

    public override string ColumnMeasure => "Thước đo";

    public override string ColumnScale => "Thang đo";

    public override string ColumnMonthsBehindCi => "Số tháng Trung Quốc tụt hậu [KTC 90%]";

    public override string ScaleOf(bool snapshot, DateOnly date) => snapshot ? $"bảng ngày {Date(date)}" : $"bản mới nhất, {Date(date)}";

    public override string AheadDefinition =>
        "Khoảng cách: biên năng lực của Mỹ (điểm cao nhất của mô hình Mỹ) trừ của Trung Quốc, tính bằng điểm của thước đo và bằng % biên năng lực của Mỹ; cả hai trên cùng một thang (một lần chụp bảng xếp hạng, hoặc phiên bản mới nhất của chỉ số).";

    public override string MonthsBehindHeadlineDefinition =>
        "Số tháng tụt hậu: Mỹ đã có mô hình đạt mức hiện tại của Trung Quốc từ bao lâu trước ngày so sánh, lấy trung bình 180 ngày gần nhất, kèm khoảng tin cậy bootstrap 90% (ước lượng của lệnh 'airace behind').";

    public override string WideningTitle => "2. Khoảng cách có đang nới rộng không?";

    public override string WideningIntro => "Xu hướng của khoảng cách mỗi năm, tính bằng điểm và bằng số tháng tụt hậu, kèm khoảng tin cậy 90%.";

    public override string ColumnPointsTrend => "Khoảng cách (điểm) / năm [KTC 90%]";

    public override string ColumnMonthsTrend => "Số tháng tụt hậu / năm [KTC 90%]";

    public override string ColumnVerdict => "Kết luận";

    public override string ColumnWindow => "Giai đoạn";

    public override string TrendTooShort => "chưa đủ dữ liệu trên cùng một thang";

    public override string PointsMonthsDisagree(string measure, TrendVerdict points, TrendVerdict months) =>
        $"Trên {measure}, theo điểm thì khoảng cách {Verdict(points)}, còn theo số tháng tụt hậu thì {Verdict(months)}: điểm so sánh hai điểm số cao nhất hiện nay, còn số tháng hỏi Mỹ đã đạt mức của Trung Quốc từ bao lâu; cả hai có thể cùng đúng.";

    public override string WideningDefinition =>
        "Độ dốc: bình phương tối thiểu theo năm, sau lần đổi phương pháp chấm gần nhất; khoảng tin cậy: bootstrap theo khối; nới rộng khi cả khoảng nằm trên 0, thu hẹp khi nằm dưới 0 ('airace trend').";

    public override string OddsHeadlineTitle => "3. Xác suất vượt lên";


    public override string OddsNone => "Chưa đủ lịch sử so sánh được để ước lượng xác suất.";

    public override string AdoptionHeadlineTitle => "4. Mức phổ biến trên Hugging Face";

    public override string UsageHeadlineTitle => "5. Mức sử dụng trên OpenRouter";

    public override string DenominatorLabel(string denominator) => $"Mẫu số: {denominator}";

    public override string DerivativesDenominator(string coverage) => $"mọi kho mô hình phái sinh (tinh chỉnh, lượng tử hóa, adapter, hợp nhất) thuộc {coverage}, tính cho dòng mô hình ở gốc chuỗi base_model.";

    public override string DownloadsDenominator(string coverage) => $"lượt tải 30 ngày của riêng {coverage}, không phải của mọi mô hình trên Hub.";

    public override string TokensDenominator(string topN) => $"số token trong tuần của {topN} mô hình hàng đầu OpenRouter liệt kê, không phải toàn bộ lưu lượng OpenRouter.";

    public override string ClaimsHeadlineTitle => "6. Kiểm chứng các nhận định của bài báo";

    public override string ClaimsIntro(int claims, int supported, int contradicted, int mixed, int notMeasurable) =>
        $"{Count(claims)} nhận định: {Count(supported)} được dữ liệu ủng hộ, {Count(contradicted)} bị bác bỏ, {Count(mixed)} lẫn lộn, {Count(notMeasurable)} chưa đo được bằng dữ liệu trong kho.";

    public override string ColumnClaim => "Nhận định";

    public override string ColumnWho => "Ai nói, khi nào";

    public override string ClaimVerdictName(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "được ủng hộ",
        ClaimVerdict.Contradicted => "bị bác bỏ",
        ClaimVerdict.Mixed => "lẫn lộn",
        _ => "chưa đo được",
    };

    public override string ClaimsMore => "Chạy 'airace claims --lang vi' để xem trích dẫn, số liệu, định nghĩa và nguồn của từng nhận định.";

    public override string GapHistoryChart => "Mức dẫn của Mỹ so với Trung Quốc, % biên năng lực của Mỹ";

    public override string AllMetricsTitle => "Tất cả các chỉ số";

    public override string AsOfAndSource(DateOnly date, string source) => $"Tính đến {Date(date)}; nguồn: {source.TrimEnd('.')}.";

    public override string ReportMore => "Chạy 'airace report --all' để xem phần của từng chỉ số, hoặc 'airace report --metric ID' cho một chỉ số.";
}
