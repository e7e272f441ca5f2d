using OxyPlot;

namespace AiRace.Application.Report.Model;

/// <summary>
/// A chart: an OxyPlot model exported to SVG by the file writers, and bars for the terminal.
/// <see cref="Height"/> is in pixels (the width is fixed). <see cref="Id"/> is file-name safe (Markdown reports write <c>&lt;report&gt;-&lt;id&gt;.svg</c>).
/// </summary>
public sealed record ReportChart(string Id, string Title, PlotModel Plot, string BarsTitle, IReadOnlyList<ReportBar> Bars, int Height = 380) : ReportBlock;
