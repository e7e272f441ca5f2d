namespace AiRace.Application.Text;

/// <summary>The adoption (Hugging Face) and usage (OpenRouter) sections, in Vietnamese.</summary>
internal sealed partial class VietnameseText
{
    // "Adoption" is not "Mức độ chấp nhận" (acceptance level): here it is how widely models are used and built on.
    public override string AdoptionTitle => "Mức phổ biến trên Hugging Face: mô hình phái sinh và lượt tải về";

    public override string NoAdoption =>
        "Chưa nhập dữ liệu Hugging Face: hãy nhập một thư mục danh sách thịnh hành hoặc Open LLM Leaderboard bằng 'airace import PATH'.";

    public override string ColumnFamily => "họ mô hình";

    public override string ColumnDerivatives => "mô hình phái sinh";

    public override string ColumnShare => "tỉ trọng";

    public override string ColumnCountry => "quốc gia";

    public override string ColumnDownloads => "lượt tải về 30 ngày";

    public override string DerivativesCaption(string coverage, DateOnly date, int top) =>
        $"Mô hình phái sinh theo họ mô hình ({coverage}, ngày {Date(date)}; {top} họ đứng đầu)";

    public override string DerivativesFinding(string top, double topShare, string second, double secondShare) =>
        $"{top} có nhiều mô hình phái sinh nhất ({Share(topShare)}), tiếp theo là {second} ({Share(secondShare)}).";

    public override string DerivativesDefinition(string coverage) =>
        $"Mô hình phái sinh: các kho mô hình khai báo một mô hình gốc (base_model), được tính cho gốc của chuỗi base_model, trong {coverage}. " +
        "Các bản tải lại và các mô hình phái sinh không lần được chuỗi được gán theo tên khi tên trùng với một họ mô hình đã biết, nếu không thì để là chưa xác định.";

    public override string LineageNote(double unresolvedShare) =>
        $"{Share(unresolvedShare)} số mô hình phái sinh chưa xác định: mô hình gốc đã bị xóa hoặc không được nêu tên (phần lớn là mô hình trộn), và tên không khớp họ mô hình nào đã biết.";

    public override string TrendingCaption(DateOnly date) => $"Lượt tải về 30 ngày của 10 mô hình thịnh hành nhất trên Hub, theo quốc gia (ngày {Date(date)})";

    public override string TrendingFinding(DateOnly date, double cn, double us) =>
        $"Trong danh sách thịnh hành của Hub ngày {Date(date)}, các họ mô hình Trung Quốc chiếm {Share(cn)} lượt tải về 30 ngày của 10 mô hình đứng đầu, các họ mô hình Mỹ chiếm {Share(us)}.";

    public override string TrendingDefinition =>
        "Lượt tải về: số yêu cầu tải tệp cấu hình của mô hình trong 30 ngày theo cách Hub đếm (hệ thống CI làm tăng số của các mô hình nhỏ), chỉ cho 10 mô hình thịnh hành, tính cho quốc gia của phòng thí nghiệm thuộc họ mô hình.";

    public override string UsageTitle => "Mức sử dụng: tỉ trọng token trên OpenRouter";

    public override string NoUsage => "Chưa nhập dữ liệu sử dụng: hãy nhập một thư mục dữ liệu OpenRouter hằng tuần bằng 'airace import PATH'.";

    public override string ColumnWeek => "tuần bắt đầu";

    public override string ColumnListedTokens => "token được liệt kê";

    public override string ColumnOthers => "khác";

    public override string UsageLatest(DateOnly week, double cn, double us, string topN) =>
        $"Trong tuần bắt đầu {Date(week)}, các mô hình Trung Quốc chiếm {Share(cn)} số token của {topN} mô hình đứng đầu mà OpenRouter liệt kê, các mô hình Mỹ chiếm {Share(us)}.";

    public override string UsageFirst(DateOnly week, double cn, double us) =>
        $"Ở tuần đầu tiên có dữ liệu ({Date(week)}), tỉ trọng là {Share(cn)} (Trung Quốc) và {Share(us)} (Mỹ).";

    public override string UsageOpenness(DateOnly week, double open, double closed, double unknown) =>
        $"Trong tuần bắt đầu {Date(week)}, các mô hình công bố trọng số chiếm {Share(open)} số token đó, các mô hình đóng chiếm {Share(closed)} ({Share(unknown)} chưa rõ).";

    public override string UsageCrossing(DateOnly week) => $"Tỉ trọng của Trung Quốc lần đầu vượt tỉ trọng của Mỹ trong tuần bắt đầu {Date(week)}.";

    public override string UsageTableCaption(int weeks) => $"Tỉ trọng token OpenRouter được liệt kê, {weeks} tuần gần nhất";

    // Mẫu số (denominator): the tokens of the listed top-N models, not all of OpenRouter.
    public override string UsageDefinition(string topN) =>
        $"Tỉ trọng token: phần của một nhóm trong số token OpenRouter của tuần (thứ Hai đến Chủ nhật); mẫu số là token của {topN} mô hình đứng đầu mà nguồn liệt kê, không phải toàn bộ lưu lượng OpenRouter. " +
        "Các tuyến miễn phí (:free) được tính cùng mô hình của chúng. Quốc gia lấy theo phòng thí nghiệm của slug (bảng tổ chức); các mô hình ẩn danh openrouter/* của phòng thí nghiệm không công bố được để là chưa xác định.";

    public override string UsageUnresolved(int models) => $"{models} mô hình được liệt kê không xác định được quốc gia (mô hình ẩn danh của OpenRouter).";

    public override string Trillions(double tokens) => $"{Number(tokens / 1e12, 2)} nghìn tỷ";
}
