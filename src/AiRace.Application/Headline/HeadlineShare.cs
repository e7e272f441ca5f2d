using AiRace.Core.Figures;

namespace AiRace.Application.Headline;

/// <summary>
/// One dated share figure: <c>measure</c>, <c>group_by</c>, <c>date</c>, <c>shares</c> (fractions by group),
/// <c>values</c> (counts by group), <c>total</c> (the denominator's size), <c>denominator</c>, <c>definition</c> and <c>sources</c>.
/// </summary>
public sealed record HeadlineShare(
    string Measure, string GroupBy, DateOnly Date, IReadOnlyDictionary<string, double> Shares, IReadOnlyDictionary<string, double> Values, double Total,
    string Denominator, string Definition, IReadOnlyList<FigureSource> Sources)
{
    public static HeadlineShare Of(ShareFigure figure, SharePoint point)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(point);
        return new(figure.Measure, figure.GroupBy, point.Date, point.Shares, point.Values, point.Total, figure.Denominator, figure.Definition, figure.Sources);
    }

    /// <summary>The share of <paramref name="group"/> (0 when absent).</summary>
    public double Share(string group) => Shares.GetValueOrDefault(group);
}
