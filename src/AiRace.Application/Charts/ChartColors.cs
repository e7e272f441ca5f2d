using AiRace.Core.Analysis;
using OxyPlot;

namespace AiRace.Application.Charts;

/// <summary>One colour per group across every chart (a colour-blind-safe palette).</summary>
public static class ChartColors
{
    public static OxyColor For(GroupSpec group) => group.Label switch
    {
        "US" => OxyColor.Parse("#0072B2"),
        "CN" => OxyColor.Parse("#D55E00"),
        "closed" => OxyColor.Parse("#555555"),
        "open" => OxyColor.Parse("#009E73"),
        _ => OxyColor.Parse("#CC79A7"),
    };

    /// <summary>The charts' font (Helvetica metrics are what OxyPlot's SVG exporter measures with).</summary>
    public const string Font = "Arial";

    public static OxyColor Bars => OxyColor.Parse("#0072B2");
}
