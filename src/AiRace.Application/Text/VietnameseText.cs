using System.Globalization;
using AiRace.Core.Adoption;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Figures;

namespace AiRace.Application.Text;

/// <summary>
/// Vietnamese: <c>dd/MM/yyyy</c> dates, the long form <c>ngày 29 tháng 11 năm 2026</c>, and the numbers of the culture passed
/// in (vi-VN: <c>10.480.233</c>, <c>69,8%</c>). The terms a newspaper reader meets are explained in the README's glossary.
/// </summary>
internal sealed partial class VietnameseText(CultureInfo culture) : TextCatalog(culture, "dd/MM/yyyy")
{
    private ClaimsText? _claims;

    internal override ClaimsText Claims => _claims ??= new VietnameseClaimsText(this);

    public override string Code => "vi";

    public override string NotAvailable => "không có";

    public override string MonthPattern => "MM/yyyy";

    public override string LongDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day} tháng {date.Month} năm {date.Year}");

    // The comma is the decimal separator: a semicolon separates the bounds.
    public override string Range(string low, string high) => $"[{low}; {high}]";

    public override string Group(string label) => label switch
    {
        "US" => "Mỹ",
        "CN" => "Trung Quốc",
        "KR" => "Hàn Quốc",
        "DE" => "Đức",
        "CA" => "Canada",
        "FR" => "Pháp",
        "IL" => "Israel",
        "GB" => "Anh",
        "AE" => "UAE",
        "IN" => "Ấn Độ",
        "CH" => "Thụy Sĩ",
        "AU" => "Úc",
        "RU" => "Nga",
        "JP" => "Nhật Bản",
        "open" => "Mô hình mở",
        "closed" => "Mô hình đóng",
        GroupNames.Unresolved => "chưa xác định",
        GroupNames.Other => "khác",
        GroupNames.Unknown => "chưa rõ",
        _ => label,
    };

    public override string MetricName(string id, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return id switch
        {
            "lmarena-text" => "LMArena văn bản (tổng thể)",
            "epoch-eci" => "Chỉ số Năng lực Epoch (ECI)",
            "aa-intelligence-index" => "Chỉ số Trí tuệ Artificial Analysis",
            _ => name
                .Replace("LMArena text", "LMArena văn bản", StringComparison.Ordinal)
                .Replace("LMArena vision", "LMArena thị giác (vision)", StringComparison.Ordinal)
                .Replace("LMArena code", "LMArena lập trình (code)", StringComparison.Ordinal)
                .Replace("style control", "kiểm soát văn phong", StringComparison.Ordinal)
                .Replace("(overall", "(tổng thể", StringComparison.Ordinal)
                .Replace("(starter data)", "(dữ liệu khởi đầu)", StringComparison.Ordinal)
                .Replace("(Epoch AI runs)", "(Epoch AI chạy đánh giá)", StringComparison.Ordinal),
        };
    }

    public override string Unit(string unit) => unit switch
    {
        "index (0-100)" => "chỉ số (0–100)",
        "index (-100 to 100)" => "chỉ số (−100 đến 100)",
        "fraction (0-1)" => "tỉ lệ (0–1)",
        "percent (0-100)" => "phần trăm (0–100)",
        _ => unit,
    };

    public override string MetricKind(MetricKind kind) => kind == Core.Domain.MetricKind.Snapshot
        ? "Ảnh chụp bảng xếp hạng, được ước lượng lại ở mỗi ngày"
        : "Điểm số gắn với ngày phát hành của từng mô hình";

    public override string ScaleBreakKind(ScaleBreakKind kind) => kind == Core.Analysis.ScaleBreakKind.Offset ? "dịch chuyển đều" : "đổi phương pháp";

    public override string Coverage(HubSourceKind source) => source switch
    {
        HubSourceKind.Leaderboard => "các mô hình được gửi lên Open LLM Leaderboard",
        HubSourceKind.Trending => "10 mô hình thịnh hành nhất trên Hub",
        _ => "các danh sách mô hình Hub đã nhập",
    };

    public override string FigureSource(FigureSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return $"{source.Attribution} ({source.Kind}, {Count(source.Files)} tệp, từ {Date(source.FirstDate)} đến {Date(source.LastDate)})";
    }
}
