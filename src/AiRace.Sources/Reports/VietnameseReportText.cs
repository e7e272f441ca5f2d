using System.Globalization;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;

namespace AiRace.Sources.Reports;

/// <summary>The adoption and usage sections in Vietnamese.</summary>
internal sealed class VietnameseReportText : ReportText
{
    public override string Definition => "Định nghĩa";

    public override string Notes => "Ghi chú";

    public override string Sources => "Nguồn";

    public override string UsageTitle => "Mức sử dụng: tỷ trọng token trên OpenRouter";

    public override string AdoptionTitle => "Mức độ chấp nhận: mô hình phái sinh và lượt tải trên Hugging Face";

    public override string Week => "tuần bắt đầu";

    public override string ListedTokens => "token được liệt kê";

    public override string Family => "họ mô hình";

    public override string Derivatives => "mô hình phái sinh";

    public override string Share => "tỷ trọng";

    public override string Country => "quốc gia";

    public override string Downloads => "lượt tải 30 ngày";

    public override string Others => "khác";

    public override string NoUsage => "Chưa nhập dữ liệu sử dụng: hãy chạy airace import ../shared/data/openrouter-weekly-johnbean393.";

    public override string NoAdoption =>
        "Chưa nhập dữ liệu Hugging Face: hãy chạy airace import ../shared/data/hf-trending-park-onezero ../shared/data/open-llm-leaderboard-fboulnois.";

    public override string UsageLatest(DateOnly week, double cn, double us, string topN) =>
        $"Trong tuần bắt đầu {D(week)}, các mô hình Trung Quốc chiếm {P(cn)} số token của top {topN} mô hình mà OpenRouter liệt kê, các mô hình Mỹ chiếm {P(us)}.";

    public override string UsageFirst(DateOnly week, double cn, double us) =>
        $"Ở tuần đầu tiên có dữ liệu ({D(week)}), tỷ trọng là {P(cn)} (Trung Quốc) và {P(us)} (Mỹ).";

    public override string UsageOpenness(DateOnly week, double open, double closed, double unknown) =>
        $"Trong tuần bắt đầu {D(week)}, các mô hình công bố trọng số chiếm {P(open)} số token đó, các mô hình đóng chiếm {P(closed)} ({P(unknown)} chưa rõ).";

    public override string UsageCrossing(DateOnly week) => $"Tỷ trọng của Trung Quốc lần đầu vượt tỷ trọng của Mỹ trong tuần bắt đầu {D(week)}.";

    public override string UsageTableCaption(int weeks) => $"Tỷ trọng token OpenRouter được liệt kê, {weeks} tuần gần nhất";

    public override string UsageDefinition(string topN) =>
        $"Tỷ trọng token: phần của một nhóm trong số token OpenRouter của tuần (thứ Hai đến Chủ nhật) trong top {topN} mô hình mà nguồn liệt kê, không phải toàn bộ lưu lượng OpenRouter. " +
        "Các tuyến miễn phí (:free) được tính cùng mô hình của chúng. Quốc gia lấy theo phòng thí nghiệm của slug (bảng tổ chức); các mô hình ẩn danh openrouter/* của phòng thí nghiệm không công bố được để là chưa xác định.";

    public override string UsageUnresolved(int models) => $"{models} mô hình được liệt kê không xác định được quốc gia (mô hình ẩn danh của OpenRouter).";

    public override string DerivativesCaption(string source, DateOnly date, int top) => $"Mô hình phái sinh theo họ mô hình ({source}, {D(date)}; top {top})";

    public override string DerivativesFinding(string top, double topShare, string second, double secondShare) =>
        $"{top} có nhiều mô hình phái sinh nhất ({P(topShare)}), tiếp theo là {second} ({P(secondShare)}).";

    public override string DerivativesDefinition(string source) =>
        $"Mô hình phái sinh: các kho mô hình khai báo một mô hình gốc (base_model), được tính cho gốc của chuỗi base_model, trong {source}. " +
        "Các bản tải lại và các mô hình phái sinh không lần được chuỗi được gán theo tên khi tên trùng với một họ mô hình đã biết, nếu không thì để là chưa xác định.";

    public override string LineageNote(double unresolvedShare) =>
        $"{P(unresolvedShare)} số mô hình phái sinh chưa xác định: mô hình gốc đã bị xóa hoặc không được nêu tên (phần lớn là mô hình trộn), và tên không khớp họ mô hình nào đã biết.";

    public override string TrendingCaption(DateOnly date) => $"Lượt tải 30 ngày của 10 mô hình thịnh hành nhất trên Hub, theo quốc gia ({D(date)})";

    public override string TrendingFinding(DateOnly date, double cn, double us) =>
        $"Trong danh sách thịnh hành của Hub ngày {D(date)}, các họ mô hình Trung Quốc chiếm {P(cn)} lượt tải 30 ngày của top 10, các họ mô hình Mỹ chiếm {P(us)}.";

    public override string TrendingDefinition =>
        "Lượt tải: số yêu cầu tải tệp cấu hình của mô hình trong 30 ngày theo cách Hub đếm (hệ thống CI làm tăng số của các mô hình nhỏ), chỉ cho 10 mô hình thịnh hành, tính cho quốc gia của phòng thí nghiệm thuộc họ mô hình.";

    public override string Coverage(HubSourceKind source) => source switch
    {
        HubSourceKind.Leaderboard => "các mô hình được gửi lên Open LLM Leaderboard",
        HubSourceKind.Trending => "10 mô hình thịnh hành nhất trên Hub",
        _ => "các danh sách mô hình Hub đã nhập",
    };

    public override string Trillions(double tokens) => $"{(tokens / 1e12).ToString("0.00", CultureInfo.InvariantCulture)} nghìn tỷ";

    public override string Group(string group) => group switch
    {
        GroupNames.Unresolved => "chưa xác định",
        GroupNames.Other => "khác",
        GroupNames.Unknown => "chưa rõ",
        _ => group,
    };

    public override string FilesAndDates(FigureSource source) => $"{source.Files} tệp, từ {D(source.FirstDate)} đến {D(source.LastDate)}";
}
