namespace AiRace.Application.Text;

/// <summary>The dashboard in Vietnamese.</summary>
internal sealed partial class VietnameseText
{
    public override string WebHome => "Tóm tắt";

    public override string WebClaims => "Tuyên bố";

    public override string WebMetrics => "Chỉ số";

    public override string WebCompare => "So sánh";

    public override string WebOdds => "Xác suất";

    public override string WebAdoption => "Mức độ sử dụng mô hình mở";

    public override string WebUsage => "Lưu lượng sử dụng";

    public override string WebModels => "Mô hình";

    public override string WebOrgs => "Tổ chức";

    public override string WebSources => "Nguồn dữ liệu";

    public override string WebLanguage => "Ngôn ngữ";

    public override string WebApply => "Hiển thị";

    public override string WebAsOf => "Tính đến";

    public override string WebAllData => "toàn bộ dữ liệu";

    public override string WebGroupA => "Nhóm A";

    public override string WebGroupB => "Nhóm B";

    public override string WebMetric => "Chỉ số";

    public override string WebSearch => "Tìm kiếm";

    public override string WebOrganization => "Tổ chức";

    public override string WebCountry => "Quốc gia";

    public override string WebOpenness => "Tính mở";

    public override string WebAny => "tất cả";

    public override string WebGroupBy => "Nhóm theo";

    public override string WebDate => "Ngày";

    public override string WebModel => "Mô hình";

    public override string WebScore => "Điểm";

    public override string WebGap => "Khoảng cách (A − B)";

    public override string WebGapPercent => "Khoảng cách %";

    public override string WebMonthsBehind => "Số tháng tụt hậu";

    public override string WebLeader => "Dẫn đầu";

    public override string WebLeadChanges => "Thay đổi vị trí dẫn đầu";

    public override string WebPreviousLeader => "Dẫn đầu trước đó";

    public override string WebName => "Tên";

    public override string WebUnit => "Đơn vị";

    public override string WebKind => "Loại";

    public override string WebFirstDate => "Ngày đầu";

    public override string WebLastDate => "Ngày cuối";

    public override string WebObservations => "Số quan sát";

    public override string WebRule => "Quy tắc quốc gia";

    public override string WebReleaseDate => "Ngày phát hành";

    public override string WebBestRank => "Thứ hạng cao nhất";

    public override string WebUnresolved => "Mô hình chưa xác định";

    public override string WebFile => "Tệp";

    public override string WebRows => "Số dòng";

    public override string WebImported => "Nhập lúc";

    public override string WebAttribution => "Ghi nguồn";

    public override string WebTotal => "Tổng";

    public override string WebDenominator => "Mẫu số";

    public override string WebCrossings => "Điểm vượt";

    public override string WebCiteThis => "Trích dẫn";

    public override string WebDefinition => "Định nghĩa";

    public override string WebSource => "Nguồn";

    public override string WebLink => "Liên kết";

    public override string WebChartText => "Biểu đồ dưới dạng bảng";

    public override string WebNoRows => "Không có kết quả phù hợp.";

    public override string WebNever => "chưa đạt tới";

    public override string WebFooter => "AiRace chỉ đọc một kho dữ liệu cục bộ. Nó không bao giờ ghi dữ liệu và không bao giờ kết nối ra mạng.";
}
