using System.Globalization;
using System.Text;
using OxyPlot;

namespace AiRace.Application.Charts;

/// <summary>
/// Measures chart text for OxyPlot's SVG exporter. OxyPlot's default measurer (its PDF context) knows Helvetica metrics for
/// Latin-1 only, so Vietnamese letters measure too narrow and legends and axis labels get clipped. This measurer strips
/// diacritics before measuring with that same context and adds a margin for the wider sans-serif fonts browsers substitute.
/// It only measures: OxyPlot's SVG context still writes every element.
/// </summary>
public sealed class ChartTextMeasurer : RenderContextBase
{
    private const double Widen = 1.25;
    private readonly PdfRenderContext _pdf = new(ChartSvg.Width, ChartSvg.Height, OxyColors.Transparent);

    public override OxySize MeasureText(string text, string fontFamily = "", double fontSize = 10, double fontWeight = 500)
    {
        var size = _pdf.MeasureText(Latin(text ?? string.Empty), fontFamily, fontSize, fontWeight);
        return new OxySize(size.Width * Widen, size.Height);
    }

    public override int ClipCount => 0;

    public override void PushClip(OxyRect clippingRectangle)
    {
    }

    public override void PopClip()
    {
    }

    public override void DrawEllipse(OxyRect rect, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode)
    {
    }

    public override void DrawLine(IList<ScreenPoint> points, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter)
    {
    }

    public override void DrawPolygon(IList<ScreenPoint> points, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter)
    {
    }

    public override void DrawRectangle(OxyRect rect, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode)
    {
    }

    public override void DrawText(ScreenPoint p, string text, OxyColor fill, string? fontFamily = null, double fontSize = 10, double fontWeight = 500, double rotation = 0, HorizontalAlignment horizontalAlignment = HorizontalAlignment.Left, VerticalAlignment verticalAlignment = VerticalAlignment.Top, OxySize? maxSize = null)
    {
    }

    private static string Latin(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', > '\u00ff' and not ('–' or '—' or '−' or '×' or '•') => 'n', _ => c });
            }
        }

        return sb.ToString();
    }
}
