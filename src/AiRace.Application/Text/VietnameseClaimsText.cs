using System.Globalization;
using AiRace.Core.Adoption;
using AiRace.Core.Analysis;
using AiRace.Core.Claims;
using AiRace.Core.Figures;
using AiRace.Core.Odds;

using AiRace.Application.Claims;

namespace AiRace.Application.Text;

/// <summary>The claims ledger in Vietnamese: dates 04/05/2026, numbers 1.234,5 and 69,8% (vi-VN).</summary>
internal sealed class VietnameseClaimsText : ClaimsText
{
    public VietnameseClaimsText(TextCatalog catalog)
        : base(catalog)
    {
    }

    public override ClaimsLabels Labels(IReadOnlyList<ClaimCheck> checks) => new(
        "Kiểm chứng các phát biểu bằng dữ liệu", "người phát biểu", "trích dẫn", "bản tiếng Anh", "điều cần kiểm chứng", "kết luận",
        "số liệu", "định nghĩa", "dữ liệu đến ngày", "cần gì để kết luận", "lệnh", "nguồn", $"{checks.Count} phát biểu: {Counts(checks)}.");

    public override string Claim(ClaimDefinition claim) => claim.ClaimVi ?? claim.Claim;

    public override string Who(ClaimDefinition claim) => claim.WhoVi ?? claim.Who;

    public override string Verdict(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "được dữ liệu ủng hộ",
        ClaimVerdict.Contradicted => "bị dữ liệu bác bỏ",
        ClaimVerdict.Mixed => "trái chiều",
        _ => "chưa đo được",
    };

    public override string Trend(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Widening => "nới rộng",
        TrendVerdict.Narrowing => "thu hẹp",
        _ => "không thay đổi đáng kể",
    };

    public override string NoMetric(string metric) => $"{metric}: kho dữ liệu chưa có số liệu";

    public override string NoGroup(string metric, string group) => $"{metric}: kho dữ liệu chưa có mô hình nào của {group}";

    public override string NoCommonDate(string metric, DateOnly date) => $"{metric}: không có ngày so sánh nào trước hoặc vào {Day(date)}";

    public override string NoTrend(string metric, string reason) => $"{metric}: chưa tính được xu hướng (không đủ ngày so sánh chung trong khoảng thời gian; `airace trend` nói rõ lý do)";

    public override string LeadItem(string metric, GapPoint p, string unit, string a, string b) =>
        $"{metric} ngày {Day(p.Date)}: {a} {Num(p.A.Score)} ({p.A.ModelKey}) so với {b} {Num(p.B.Score)} ({p.B.ModelKey}), cách biệt {Num(p.Lead)} {unit}{(p.GapPercent is { } g ? $" ({PercentValue(g)})" : string.Empty)}";

    public override string LeadsDefinition(DateOnly at) =>
        $"cách biệt = biên năng lực (frontier) của nhóm thứ nhất trừ của nhóm thứ hai (dương: nhóm thứ nhất tốt hơn), vào ngày so sánh gần nhất trước hoặc vào {Day(at)} của từng thước đo; biên năng lực = điểm cao nhất của nhóm trên bảng xếp hạng ngày đó, hoặc trong số các mô hình của nhóm đã phát hành đến ngày đó (chỉ số). Có cơ sở khi nhóm thứ nhất dẫn trên mọi thước đo có số liệu, trái chiều khi chỉ dẫn trên một số, bị bác bỏ khi không dẫn trên thước đo nào.";

    public override string NarrowedItem(string metric, GapPoint start, GapPoint end) =>
        $"{metric}: {PercentValue(start.GapPercent!.Value)} ngày {Day(start.Date)} ({start.A.ModelKey} so với {start.B.ModelKey}) → {PercentValue(end.GapPercent!.Value)} ngày {Day(end.Date)} ({end.A.ModelKey} so với {end.B.ModelKey})";

    public override string NarrowedDefinition(DateOnly from, DateOnly to) =>
        $"cách biệt % = (biên năng lực của nhóm thứ nhất − của nhóm thứ hai) / biên năng lực của nhóm thứ nhất × 100, vào ngày so sánh gần nhất trước hoặc vào {Day(from)} và trước hoặc vào {Day(to)}. Có cơ sở khi cách biệt cuối kỳ nhỏ hơn trên mọi thước đo, trái chiều khi chỉ trên một số, bị bác bỏ khi không trên thước đo nào.";

    public override string TrendItem(string metric, GapTrendResult r, string unit) =>
        $"{metric}: {Trend(r.Verdict)}, {Num(r.Points.SlopePerYear)} {unit}/năm (khoảng tin cậy 90%: {Num(r.Points.Ci90.Low)} đến {Num(r.Points.Ci90.High)}), {Day(r.From)} – {Day(r.To)}";

    public override string WideningDefinition(int months) =>
        $"xu hướng của cách biệt tính bằng điểm trong {months} tháng tính đến quan sát cuối cùng của từng thước đo trước hoặc vào ngày phát biểu (airace trend: độ dốc OLS mỗi năm, khoảng tin cậy 90% bằng bootstrap khối trượt, chỉ khớp sau lần đổi phương pháp xếp hạng gần nhất; nới rộng = cả khoảng tin cậy nằm trên 0). Có cơ sở khi nới rộng trên mọi thước đo, trái chiều khi trên một số, bị bác bỏ khi không trên thước đo nào.";

    public override string MonthsItem(string metric, BehindSummary s, DateOnly from, DateOnly to) =>
        $"{metric}: chậm trung bình {Num(s.Mean ?? double.NaN)} tháng (thấp nhất {Num(s.Min ?? double.NaN)}, cao nhất {Num(s.Max ?? double.NaN)}; bỏ {s.LowerBounds} cận dưới), {Day(from)} – {Day(to)}";

    public override string MonthsDefinition(double low, double high) =>
        $"số tháng chậm hơn = khoảng cách theo chiều ngang: mỗi ngày, biên năng lực của nhóm thứ nhất đã đạt mức của nhóm thứ hai từ bao lâu trước đó; trung bình theo ngày trong khoảng thời gian, bỏ các cận dưới (airace behind). Có cơ sở khi trung bình nằm trong khoảng {Num(low)}–{Num(high)} tháng được nêu, trái chiều khi chỉ khoảng thấp nhất–cao nhất của chuỗi giao với khoảng đó, bị bác bỏ trong các trường hợp còn lại.";

    public override string SettleMetrics(IReadOnlyList<string> metrics) =>
        $"Nhập số liệu cho {string.Join(", ", metrics)}: `airace import DIR` (thư mục chứa các tệp công khai AiRace đọc được), hoặc `airace update {UpdateSources(metrics)}`.";

    public override string OddsDefinition(OddsQuestion q, double threshold) =>
        $"P(biên năng lực kỷ lục của {q.Follower} vượt hẳn {q.Leader} vào bất kỳ lúc nào trong {Num(q.HorizonYears, 0)} năm) trên {q.Metric}, theo mô hình xác suất của AiRace, chỉ dùng khi kiểm định ngược (back-test) của mô hình tốt hơn cả hai mốc so sánh (tỷ lệ nền và 'không bao giờ'). Có cơ sở khi khoảng tin cậy 90% nằm dưới {Pct(threshold, 0)}, bị bác bỏ khi nằm từ mức đó trở lên, trái chiều khi vắt qua mức đó.";

    public override string NoOdds(OddsQuestion q) =>
        $"Chưa có xác suất đã được kiểm chứng: xác suất vượt lên của AiRace chỉ được dùng ở đây khi kiểm định ngược tốt hơn cả hai mốc so sánh, và hiện chưa có con số như vậy cho việc {q.Follower} vượt {q.Leader} trên {q.Metric} trong {Num(q.HorizonYears, 0)} năm.";

    public override string OddsFailedBacktest(ValidatedOdds odds) =>
        $"Mô hình cho {Pct(odds.Probability)} nhưng kiểm định ngược không tốt hơn cả hai mốc so sánh ({odds.Backtest}), nên con số này không được dùng.";

    public override string SettleOdds(OddsQuestion q) =>
        $"Xem mô hình và kiểm định ngược bằng `airace forecast --metric {q.Metric} --between {q.Leader},{q.Follower} --horizon {Num(q.HorizonYears, 0)}y`; kết luận cần một xác suất có kiểm định ngược tốt hơn cả hai mốc so sánh.";

    public override string OddsItem(OddsQuestion q, ValidatedOdds odds) =>
        $"P({q.Follower} vượt {q.Leader} trên {q.Metric} trong {Num(q.HorizonYears, 0)} năm) = {Pct(odds.Probability)} (khoảng tin cậy 90%: {Pct(odds.Ci90.Low)} đến {Pct(odds.Ci90.High)}); kiểm định ngược: {odds.Backtest}";

    public override string ShareRoseDefinition(string group, int months, int weeks, double threshold) =>
        $"tỷ lệ = phần token OpenRouter (trong các mô hình được liệt kê) của các mô hình {group} cộng lại, trung bình {weeks} tuần đầu và {weeks} tuần cuối của {months} tháng tính đến ngày phát biểu. Có cơ sở khi tăng ít nhất {Num(threshold * 100)} điểm phần trăm, trái chiều khi tăng ít hơn, bị bác bỏ khi không tăng.";

    public override string TooFewWeeks(int weeks, DateOnly from, DateOnly to) =>
        $"chỉ có {weeks} tuần số liệu sử dụng từ {Day(from)} đến {Day(to)}; cần ít nhất 2 tuần để so sánh";

    public override string ShareRoseItem(string group, double before, DateOnly firstFrom, DateOnly firstTo, double after, DateOnly lastFrom, DateOnly lastTo, string denominator) =>
        $"{group}: {Pct(before)} (các tuần {Day(firstFrom)} – {Day(firstTo)}) → {Pct(after)} (các tuần {Day(lastFrom)} – {Day(lastTo)}), {(after >= before ? "+" : "−")}{Num(Math.Abs(after - before) * 100)} điểm phần trăm; mẫu số: các mô hình đứng đầu mà nguồn liệt kê mỗi tuần, không phải toàn bộ lưu lượng OpenRouter";

    public override string SettleUsage() =>
        "Nhập số liệu sử dụng OpenRouter: `airace import DIR` với các tệp token hằng tuần của các mô hình đứng đầu (github.com/johnbean393/openrouter-inference-stats), hoặc `airace update --source openrouter-rankings` (cần OPENROUTER_API_KEY).";

    public override string ShareLeadsDefinition(string a, string b) =>
        $"tỷ lệ của {a} so với {b} trên ảnh chụp Hugging Face gần nhất trước hoặc vào ngày phát biểu (mọi ảnh chụp trong khoảng thời gian nếu phát biểu nêu khoảng). Có cơ sở khi {a} cao hơn trên mọi ảnh chụp, trái chiều khi trên một số, bị bác bỏ khi không trên ảnh chụp nào.";

    public override string OvertookDefinition(string a, string b) =>
        $"{a} so với {b} trên các ảnh chụp Hugging Face đến ngày phát biểu. Có cơ sở khi {a} cao hơn {b} ở ảnh chụp gần nhất, trái chiều khi chỉ cao hơn ở một ảnh chụp trước đó, bị bác bỏ khi chưa từng cao hơn.";

    public override string CountDefinition() =>
        "giá trị của nhóm trong số liệu mức độ sử dụng (airace adoption) trên ảnh chụp Hub gần nhất trước hoặc vào ngày phát biểu: các kho mô hình có gốc thuộc họ của nhóm (kể cả bản phái sinh do người khác tải lên) và lượt tải như Hub đếm. Có cơ sở khi mọi con số đều vượt ngưỡng, trái chiều khi chỉ một số vượt, bị bác bỏ khi không con số nào vượt.";

    public override string CountItem(string group, string measure, double value, double threshold, DateOnly date) =>
        $"{group}: {Num(value, 0)} {measure} ngày {Day(date)} (phát biểu: hơn {Num(threshold, 0)})";

    public override string CountContext(ShareFigure figure, AdoptionGroup group, double value) =>
        $"Chỉ để tham khảo: số liệu {figure.Sources.FirstOrDefault()?.Kind ?? "Hub"} trong kho cho {group.Label} {Num(value, 0)} {figure.Measure} ngày {Day(figure.Points[^1].Date)}, không đếm mọi kho mô hình.";

    public override string PairItem(ShareFigure figure, AdoptionGroup a, AdoptionGroup b, IReadOnlyList<(double A, double B)> points)
    {
        var last = figure.Points[^1];
        var above = points.Count(p => p.A > p.B);
        return $"{Day(last.Date)}: {a.Label} {Pct(last.Shares.GetValueOrDefault(a.Name))} so với {b.Label} {Pct(last.Shares.GetValueOrDefault(b.Name))} ({figure.Measure}); {a.Label} cao hơn ở {above} trên {points.Count} ảnh chụp đã đọc";
    }

    public override string PairContext(ShareFigure figure, AdoptionGroup a, AdoptionGroup b, ClaimVerdict verdict) =>
        figure.Points.Count == 0 ? string.Empty
            : $"Chỉ để tham khảo (một phép đếm khác, không phải điều phát biểu nói): trên số liệu {figure.Sources.FirstOrDefault()?.Kind ?? "Hub"} trong kho, {figure.Points.Count} ảnh chụp đến {Day(figure.Points[^1].Date)}, {a.Label} cao hơn {b.Label} ở {figure.Points.Count(p => p.Shares.GetValueOrDefault(a.Name) > p.Shares.GetValueOrDefault(b.Name))} ảnh chụp (theo cùng quy tắc: {Verdict(verdict)}); gần nhất {Pct(figure.Points[^1].Shares.GetValueOrDefault(a.Name))} so với {Pct(figure.Points[^1].Shares.GetValueOrDefault(b.Name))}.";

    public override string NoHubKind(HubSourceKind kind, IReadOnlyList<HubSourceKind> present) =>
        $"Phát biểu nói về toàn bộ lượt tải trên Hugging Face, mà chỉ danh sách Hub ({KindName(kind)}, /api/models) mới đếm được; kho dữ liệu {(present.Count == 0 ? "chưa có số liệu Hub nào" : "chỉ có số liệu " + string.Join(" và ", present.Select(KindName)))}.";

    public override string SettleHub(ClaimDefinition claim) =>
        "Tải danh sách /api/models của Hugging Face (mọi kho mô hình cùng lượt tải 30 ngày và từ trước đến nay): `airace update --source huggingface` (thêm `--hf-author Qwen` cho một không gian tên), hoặc `airace import` một danh sách đã lưu.";
}
