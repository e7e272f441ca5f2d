using System.Globalization;

namespace AiRace.Cli.Report.Languages;

/// <summary>
/// The report's Vietnamese wording, dates (<c>29/11/2026</c>, long form <c>ngày 29 tháng 11 năm 2026</c>) and numbers
/// (vi-VN: <c>1.234,5</c>). The separators are set here rather than read from ICU, so output is the same on every machine.
/// </summary>
internal static class VietnameseText
{
    public static ReportLanguage Language { get; } = new(
        "vi", Entries, Numbers(), "dd/MM/yyyy",
        d => string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day} tháng {d.Month} năm {d.Year}"));

    private static NumberFormatInfo Numbers()
    {
        var n = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        n.NumberDecimalSeparator = ",";
        n.NumberGroupSeparator = ".";
        n.PercentDecimalSeparator = ",";
        n.PercentGroupSeparator = ".";
        return NumberFormatInfo.ReadOnly(n);
    }

    private static Dictionary<string, string> Entries => new(StringComparer.Ordinal)
    {
        ["report.title"] = "Báo cáo AiRace: ai dẫn đầu cuộc đua AI, và cách biệt bao nhiêu",
        ["report.subtitle"] = "Khoảng cách biên năng lực giữa các quốc gia, và giữa mô hình mở và mô hình đóng, tính từ dữ liệu trong kho. Dữ liệu tính đến {0}.",
        ["report.starter_note"] = "Báo cáo này dùng bộ dữ liệu khởi đầu đi kèm (tuyển chọn thủ công từ các công bố chính thức, mỗi dòng đều có URL nguồn). Hãy nhập dữ liệu thật bằng 'airace import PATH' để có bức tranh đầy đủ.",
        ["report.starter_loaded"] = "Kho dữ liệu đang trống: đã nạp trước bộ dữ liệu khởi đầu đi kèm ({0} dòng).",
        ["report.no_data"] = "Kho dữ liệu chưa có chỉ số nào có dữ liệu. Hãy nhập tệp bằng 'airace import PATH'.",
        ["report.written"] = "Đã ghi {0} ({1} biểu đồ).",

        ["headline.title"] = "Tóm tắt",
        ["headline.intro"] = "Khoảng cách Mỹ – Trung Quốc mới nhất trên từng chỉ số. Khoảng cách dương nghĩa là Mỹ đang dẫn trước.",
        ["headline.bars"] = "Khoảng cách Mỹ – Trung Quốc, % biên năng lực của Mỹ",

        ["col.metric"] = "Chỉ số",
        ["col.leader"] = "Dẫn đầu",
        ["col.gap"] = "Khoảng cách",
        ["col.gap_percent"] = "Khoảng cách (%)",
        ["col.months_behind"] = "Số tháng tụt hậu",
        ["col.as_of"] = "Tính đến",
        ["col.figure"] = "Số liệu",
        ["col.value"] = "Giá trị",
        ["col.definition"] = "Định nghĩa",
        ["col.source"] = "Nguồn",
        ["value.level"] = "ngang nhau",
        ["value.never"] = "chưa bị bắt kịp",
        ["value.na"] = "không có",
        ["value.months"] = "{0} tháng",
        ["unit.percentage_points"] = "điểm %",

        ["metric.meta"] = "{0}; đơn vị: {1}; {2} mô hình; dữ liệu từ {3} đến {4}.",
        ["kind.snapshot"] = "Ảnh chụp bảng xếp hạng, được ước lượng lại ở mỗi ngày",
        ["kind.release-dated"] = "Điểm số gắn với ngày phát hành của từng mô hình",
        ["metricname.lmarena-text"] = "LMArena văn bản (tổng thể)",
        ["metricname.epoch-eci"] = "Chỉ số Năng lực Epoch (ECI)",
        ["metricname.aa-intelligence-index"] = "Chỉ số Trí tuệ Artificial Analysis",
        ["metricname.starter-gpqa-diamond"] = "GPQA Diamond (dữ liệu khởi đầu)",
        ["metricname.starter-mmlu"] = "MMLU (dữ liệu khởi đầu)",
        ["metricname.starter-mmlu-pro"] = "MMLU-Pro (dữ liệu khởi đầu)",

        ["gap.leads"] = "Ngày {5}, {0} dẫn trước {1} {2} {3} ({4}): {6} đạt {7}, {8} đạt {9}.",
        ["gap.level"] = "Ngày {2}, {0} và {1} ngang nhau: {3} và {4} cùng đạt {5}.",
        ["gap.none"] = "{0} và {1} chưa bao giờ cùng có mô hình trên chỉ số này, nên không có khoảng cách để báo cáo.",
        ["behind.text"] = "{0} tụt hậu {2} {1} tháng: {2} lần đầu đạt mức của {3} ({4}) vào ngày {5}, với {6}.",
        ["behind.never"] = "{0} chưa bị bắt kịp: tính đến ngày {4}, {1} chưa từng đạt mức của {2} ({3}).",
        ["earlier.text"] = "12 tháng trước, ngày {0}, khoảng cách là {1} {2} ({3}); ngày {4} là {5} {2} ({6}): {7}.",
        ["earlier.none"] = "Không có ngày so sánh được từ 12 tháng trở lên trước ngày {0}.",
        ["trend.narrowed"] = "thu hẹp {0}",
        ["trend.widened"] = "nới rộng {0}",
        ["trend.unchanged"] = "không đổi",
        ["trend.flipped"] = "vị trí dẫn đầu đã đổi chủ",
        ["leadchanges.none"] = "Không có lần đổi ngôi dẫn đầu nào giữa {0} và {1} trong dữ liệu (từ {2} đến {3}).",
        ["leadchanges.list"] = "Các lần đổi ngôi dẫn đầu giữa {0} và {1}: {2}.",
        ["leadchange.item"] = "ngày {0}, {1} vượt {2}",
        ["unplaced.text"] = "Bị loại ra và được đếm: {0} mô hình chưa xác định được quốc gia, {1} mô hình không rõ là mở hay đóng.",

        ["fig.gap"] = "Khoảng cách {0} – {1}",
        ["fig.gap_percent"] = "Khoảng cách {0} – {1} (%)",
        ["fig.behind"] = "Số tháng {1} tụt hậu {0}",
        ["fig.gap_earlier"] = "Khoảng cách {0} – {1} 12 tháng trước",
        ["fig.lead_changes"] = "Số lần đổi ngôi {0} – {1}",
        ["fig.unplaced"] = "Mô hình bị loại (không rõ quốc gia / không rõ mở hay đóng)",
        ["figdef.gap"] = "biên({0}) − biên({1}), tính bằng {2}",
        ["figdef.gap_percent"] = "khoảng cách / biên({0}) × 100",
        ["figdef.behind"] = "khoảng cách theo chiều ngang, tính bằng tháng (365,25/12 ngày); âm khi {1} dẫn trước",
        ["figdef.gap_earlier"] = "cùng khoảng cách đó vào ngày so sánh gần nhất cách đây từ 12 tháng trở lên",
        ["figdef.lead_changes"] = "các ngày mà dấu của khoảng cách đổi chiều",
        ["figdef.unplaced"] = "được đếm, không bao giờ đoán",

        ["chart.title"] = "Biên năng lực theo thời gian: {0}",
        ["chart.date_axis"] = "Ngày",
        ["chart.date_format"] = "MM/yyyy",
        ["chart.bar"] = "{0}, {1}",

        ["def.title"] = "Định nghĩa",
        ["def.frontier.snapshot"] = "Biên năng lực (chỉ số dạng ảnh chụp): điểm cao nhất của một nhóm trong mỗi lần chụp bảng xếp hạng.",
        ["def.frontier.release-dated"] = "Biên năng lực (chỉ số theo ngày phát hành): điểm cao nhất trong số các mô hình của nhóm đã phát hành vào hoặc trước ngày đó.",
        ["def.gap"] = "Khoảng cách: biên(A) − biên(B) theo đơn vị của chỉ số, có dấu (dương khi A dẫn trước); khoảng cách % = khoảng cách / biên(A) × 100. Chỉ số dạng ảnh chụp được so sánh vào những ngày cả hai nhóm đều có mô hình; chỉ số theo ngày phát hành được so sánh vào mọi ngày mà một trong hai biên thay đổi.",
        ["def.behind"] = "Số tháng tụt hậu, luôn trên cùng một thang điểm: trên bảng xếp hạng, ở bản chụp ngày d, v là điểm cao nhất của B và t là ngày phát hành sớm nhất của một mô hình của A có điểm ít nhất v trên chính bản chụp đó; trên chỉ số theo ngày phát hành, t là ngày đầu tiên biên của A đạt v. Số tháng tụt hậu = (d − t) tính bằng ngày / (365,25/12); âm khi B dẫn trước; để trống khi A chưa từng đạt v. Giá trị mà t chỉ là cận (đầu chuỗi dữ liệu) được đánh dấu ≥ và không tính vào trung bình, vốn được lấy theo ngày.",
        ["def.scale_breaks"] = "Điểm gãy thang đo (trung vị thay đổi điểm của các mô hình chung giữa hai ấn bản liên tiếp, vượt 2% độ trải điểm): {0}. Không bao giờ so sánh điểm qua các điểm gãy này.",
        ["def.scale_breaks.none"] = "Không tìm thấy điểm gãy thang đo nào trong các chỉ số của báo cáo này.",
        ["def.lead_change"] = "Đổi ngôi dẫn đầu: ngày mà dấu của khoảng cách đổi chiều; trường hợp hòa không được tính.",
        ["def.earlier"] = "12 tháng trước: ngày so sánh gần nhất vào hoặc trước ngày mới nhất trừ đi 12 tháng dương lịch.",
        ["def.groups"] = "Nhóm: quốc gia theo chính sách quy quốc gia của AiRace (xem 'airace models'); mở = có công bố trọng số, đóng = không công bố trọng số. Mô hình không rõ quốc gia hoặc không rõ mở hay đóng bị loại khỏi các nhóm đó và được đếm riêng.",
        ["source.label"] = "Nguồn: {0}",
        ["asof.label"] = "Tính đến {0}",

        ["about.title"] = "Phương pháp và nguồn",
        ["about.text"] = "Mọi số liệu trong báo cáo này đều lấy từ kho AiRace theo các định nghĩa dưới đây. Có thể tái tạo bất kỳ số liệu nào bằng 'airace gap' và 'airace behind' (thêm --format json).",
        ["about.sources"] = "Các nguồn dữ liệu trong báo cáo này:",

        ["group.US"] = "Mỹ",
        ["group.CN"] = "Trung Quốc",
        ["group.open"] = "Mô hình mở",
        ["group.closed"] = "Mô hình đóng",
    };
}
