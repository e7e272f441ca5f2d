namespace AiRace.Application.Text;

/// <summary>The report's frame and headline, in Vietnamese.</summary>
internal sealed partial class VietnameseText
{
    public override string ReportTitle => "Báo cáo AiRace: ai dẫn đầu cuộc đua AI, và cách biệt bao nhiêu";

    public override string ReportSubtitle(DateOnly? asOf) =>
        $"Khoảng cách biên năng lực giữa các quốc gia, và giữa mô hình mở và mô hình đóng, tính từ dữ liệu trong kho. Dữ liệu tính đến {(asOf is { } d ? LongDate(d) : NotAvailable)}.";

    public override string StarterNote =>
        "Báo cáo này dùng bộ dữ liệu khởi đầu đi kèm (tuyển chọn thủ công từ các công bố chính thức, mỗi dòng đều có URL nguồn). Hãy nhập dữ liệu thật bằng 'airace import PATH' để có bức tranh đầy đủ.";

    public override string StarterLoaded(long rows) => $"Kho dữ liệu đang trống: hiển thị bộ dữ liệu khởi đầu đi kèm ({Count(rows)} dòng, chỉ giữ trong bộ nhớ; không ghi gì vào kho).";

    public override string NoData => "Kho dữ liệu chưa có chỉ số nào có dữ liệu. Hãy nhập tệp bằng 'airace import PATH'.";

    public override string Written(string path, int charts) => $"Đã ghi {path} ({Count(charts)} biểu đồ).";

    public override string HeadlineTitle => "Tóm tắt";

    public override string HeadlineIntro => "Khoảng cách Mỹ – Trung Quốc mới nhất trên từng chỉ số. Khoảng cách dương nghĩa là Mỹ đang dẫn trước.";

    public override string HeadlineBars => "Khoảng cách Mỹ – Trung Quốc, % biên năng lực của Mỹ";

    public override string ColumnMetric => "Chỉ số";

    public override string ColumnLeader => "Dẫn đầu";

    public override string ColumnGap => "Khoảng cách";

    public override string ColumnGapPercent => "Khoảng cách (%)";

    public override string ColumnMonthsBehind => "Số tháng tụt hậu";

    public override string ColumnAsOf => "Tính đến";

    public override string ColumnFigure => "Số liệu";

    public override string ColumnValue => "Giá trị";

    public override string ColumnDefinition => "Định nghĩa";

    public override string Level => "ngang nhau";

    public override string NeverReached => "chưa bị bắt kịp";

    public override string Months(string months) => $"{months} tháng";

    public override string PercentagePoints => "điểm %";

    public override string DefinitionsTitle => "Định nghĩa";

    public override string NotesTitle => "Ghi chú";

    public override string SourcesTitle => "Nguồn";

    public override string SourceLabel(string sources) => $"Nguồn: {sources}";

    public override string DefinitionLabel(string definition) => $"Định nghĩa: {definition}";
}
