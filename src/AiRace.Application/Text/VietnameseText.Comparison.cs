namespace AiRace.Application.Text;

/// <summary>The per-metric sections and the method section, in Vietnamese.</summary>
internal sealed partial class VietnameseText
{
    public override string MetricMeta(string kind, string unit, string models, DateOnly? first, DateOnly? last) =>
        $"{kind}; đơn vị: {unit}; {models} mô hình; dữ liệu từ {Date(first)} đến {Date(last)}.";

    public override string GapLeads(
        DateOnly date, string leader, string follower, string amount, string unit, string percent,
        string leaderModel, string leaderScore, string followerModel, string followerScore) =>
        $"Ngày {Date(date)}, {leader} dẫn trước {follower} {amount} {unit} ({percent}): {leaderModel} đạt {leaderScore}, {followerModel} đạt {followerScore}.";

    public override string GapLevel(DateOnly date, string a, string b, string modelA, string modelB, string score) =>
        $"Ngày {Date(date)}, {a} và {b} ngang nhau: {modelA} và {modelB} cùng đạt {score}.";

    public override string GapNone(string a, string b) => $"{a} và {b} chưa bao giờ cùng có mô hình trên chỉ số này, nên không có khoảng cách để báo cáo.";

    public override string Behind(string follower, string months, string leader, string followerModel, string level, DateOnly matched, string leaderModel) =>
        $"{follower} tụt hậu {leader} {months} tháng: {leader} lần đầu đạt mức của {followerModel} ({level}) vào ngày {Date(matched)}, với {leaderModel}.";

    public override string BehindNever(string follower, string leader, string followerModel, string level, DateOnly date) =>
        $"{follower} chưa bị bắt kịp: tính đến ngày {Date(date)}, {leader} chưa từng đạt mức của {followerModel} ({level}).";

    public override string Earlier(DateOnly then, string thenGap, string unit, string thenPercent, DateOnly now, string nowGap, string nowPercent, string trend) =>
        $"12 tháng trước, ngày {Date(then)}, khoảng cách là {thenGap} {unit} ({thenPercent}); ngày {Date(now)} là {nowGap} {unit} ({nowPercent}): {trend}.";

    public override string EarlierNone(DateOnly now) => $"Không có ngày so sánh được từ 12 tháng trở lên trước ngày {Date(now)}.";

    public override string Narrowed(string amount) => $"thu hẹp {amount}";

    public override string Widened(string amount) => $"nới rộng {amount}";

    public override string Unchanged => "không đổi";

    public override string Flipped => "vị trí dẫn đầu đã đổi chủ";

    public override string LeadChangesNone(string a, string b, DateOnly first, DateOnly last) =>
        $"Không có lần đổi ngôi dẫn đầu nào giữa {a} và {b} trong dữ liệu (từ {Date(first)} đến {Date(last)}).";

    public override string LeadChangesList(string a, string b, IEnumerable<string> items) => $"Các lần đổi ngôi dẫn đầu giữa {a} và {b}: {string.Join("; ", items)}.";

    public override string LeadChangeItem(DateOnly date, string leader, string previous) => $"ngày {Date(date)}, {leader} vượt {previous}";

    public override string Unplaced(string noCountry, string unknownOpenness) =>
        $"Bị loại ra và được đếm: {noCountry} mô hình chưa xác định được quốc gia, {unknownOpenness} mô hình không rõ là mở hay đóng.";

    public override string FigureGap(string a, string b) => $"Khoảng cách {a} – {b}";

    public override string FigureGapPercent(string a, string b) => $"Khoảng cách {a} – {b} (%)";

    public override string FigureBehind(string a, string b) => $"Số tháng {b} tụt hậu {a}";

    public override string FigureGapEarlier(string a, string b) => $"Khoảng cách {a} – {b} 12 tháng trước";

    public override string FigureLeadChanges(string a, string b) => $"Số lần đổi ngôi {a} – {b}";

    public override string FigureUnplaced => "Mô hình bị loại (không rõ quốc gia / không rõ mở hay đóng)";

    public override string FigureGapDefinition(string a, string b, string unit) => $"biên({a}) − biên({b}), tính bằng {unit}";

    public override string FigureGapPercentDefinition(string a) => $"khoảng cách / biên({a}) × 100";

    public override string FigureBehindDefinition(string a, string b) => $"khoảng cách theo chiều ngang, tính bằng tháng (365,25/12 ngày); âm khi {b} dẫn trước";

    public override string FigureGapEarlierDefinition => "cùng khoảng cách đó vào ngày so sánh gần nhất cách đây từ 12 tháng trở lên";

    public override string FigureLeadChangesDefinition => "các ngày mà dấu của khoảng cách đổi chiều";

    public override string FigureUnplacedDefinition => "được đếm, không bao giờ đoán";

    public override string ChartTitle(string metric) => $"Biên năng lực theo thời gian: {metric}";

    public override string ChartDateAxis => "Ngày";

    public override string ChartBar(string group, DateOnly date) => $"{group}, {Date(date)}";

    public override string MethodTitle => "Phương pháp và nguồn";

    public override string MethodText =>
        "Mọi số liệu trong báo cáo này đều lấy từ kho AiRace theo các định nghĩa dưới đây. Có thể tái tạo bất kỳ số liệu nào bằng 'airace gap' và 'airace behind' (thêm --format json).";

    public override string MethodSources => "Các nguồn dữ liệu trong báo cáo này:";

    public override string FrontierSnapshotDefinition =>
        "Biên năng lực (frontier; chỉ số dạng ảnh chụp): điểm cao nhất của một nhóm trong mỗi lần chụp bảng xếp hạng.";

    public override string FrontierReleaseDatedDefinition =>
        "Biên năng lực (chỉ số theo ngày phát hành): điểm cao nhất trong số các mô hình của nhóm đã phát hành vào hoặc trước ngày đó.";

    public override string GapDefinition =>
        "Khoảng cách: biên(A) − biên(B) theo đơn vị của chỉ số, có dấu (dương khi A dẫn trước); khoảng cách % = khoảng cách / biên(A) × 100. Chỉ số dạng ảnh chụp được so sánh vào những ngày cả hai nhóm đều có mô hình; chỉ số theo ngày phát hành được so sánh vào mọi ngày mà một trong hai biên thay đổi.";

    public override string BehindDefinition =>
        "Số tháng tụt hậu, luôn trên cùng một thang điểm: trên bảng xếp hạng, ở bản chụp ngày d, v là điểm cao nhất của B và t là ngày phát hành sớm nhất của một mô hình của A có điểm ít nhất v trên chính bản chụp đó; trên chỉ số theo ngày phát hành, t là ngày đầu tiên biên của A đạt v. Số tháng tụt hậu = (d − t) tính bằng ngày / (365,25/12); âm khi B dẫn trước; để trống khi A chưa từng đạt v. Giá trị mà t chỉ là cận (đầu chuỗi dữ liệu) được đánh dấu ≥ và không tính vào trung bình, vốn được lấy theo ngày.";

    public override string LeadChangeDefinition => "Đổi ngôi dẫn đầu: ngày mà dấu của khoảng cách đổi chiều; trường hợp hòa không được tính.";

    public override string EarlierDefinition => "12 tháng trước: ngày so sánh gần nhất vào hoặc trước ngày mới nhất trừ đi 12 tháng dương lịch.";

    public override string GroupsDefinition =>
        "Nhóm: quốc gia theo chính sách quy quốc gia của AiRace (xem 'airace models'); mở = có công bố trọng số, đóng = không công bố trọng số. Mô hình không rõ quốc gia hoặc không rõ mở hay đóng bị loại khỏi các nhóm đó và được đếm riêng.";

    public override string ScaleBreaks(IEnumerable<string> breaks) =>
        $"Điểm gãy thang đo (trung vị thay đổi điểm của các mô hình chung giữa hai ấn bản liên tiếp, vượt 2% độ trải điểm): {string.Join("; ", breaks)}. Không bao giờ so sánh điểm qua các điểm gãy này.";

    public override string ScaleBreaksNone => "Không tìm thấy điểm gãy thang đo nào trong các chỉ số của báo cáo này.";

    public override string ScaleBreak(string metric, DateOnly date, string kind, string shift, string unit) => $"{metric} ngày {Date(date)} ({kind}, {shift} {unit})";
}
