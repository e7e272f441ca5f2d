using OxyPlot;

namespace AiRace.Application.Charts;

/// <summary>Exports an OxyPlot model to SVG with OxyPlot's own (managed) SVG exporter: the report's charts and the dashboard's.</summary>
public static class ChartSvg
{
    public const int Width = 760;
    public const int Height = 380;

    /// <summary>
    /// The chart as an <c>&lt;svg&gt;</c> element; with <paramref name="document"/> also the XML header (a standalone .svg file).
    /// OxyPlot numbers its clip paths from 1 in every export, so <paramref name="idPrefix"/> keeps ids unique when several
    /// charts share one HTML page.
    /// </summary>
    public static string Export(PlotModel model, bool document, string idPrefix, int height = Height)
    {
        var exporter = new SvgExporter { Width = Width, Height = height, IsDocument = document, TextMeasurer = new ChartTextMeasurer() };
        var svg = exporter.ExportToString(model);
        if (!document && svg.StartsWith("<?xml", StringComparison.Ordinal))
        {
            // OxyPlot's XML writer declares XML even for a fragment; inline SVG in HTML needs no declaration.
            svg = svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart();
        }

        return svg
            .Replace("id=\"clipPath", $"id=\"{idPrefix}-clipPath", StringComparison.Ordinal)
            .Replace("url(#clipPath", $"url(#{idPrefix}-clipPath", StringComparison.Ordinal);
    }
}
