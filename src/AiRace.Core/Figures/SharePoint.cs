namespace AiRace.Core.Figures;

/// <summary>
/// One date of a share figure: each group's share of <see cref="Total"/> (a fraction between 0 and 1), the raw values the
/// shares come from, and the change in share since the previous point (null on the first point).
/// </summary>
/// <param name="Date">The point's date (a week's Monday, a snapshot day, or a month's first day).</param>
/// <param name="Shares">Group → fraction of <see cref="Total"/>; every group of the figure appears on every point (0 when absent).</param>
/// <param name="Values">Group → the measured quantity (tokens, downloads, likes, models).</param>
/// <param name="Total">The denominator: the sum the shares divide by.</param>
/// <param name="Change">Group → share minus the previous point's share (fraction points); null on the first point.</param>
/// <param name="Items">How many rows (models, repositories) the point was computed from.</param>
/// <param name="SourceDate">The date the source file itself gives, when it differs from <see cref="Date"/>.</param>
/// <param name="Breakdown">Optional group → sub-counts (derivatives by relation).</param>
public sealed record SharePoint(
    DateOnly Date,
    IReadOnlyDictionary<string, double> Shares,
    IReadOnlyDictionary<string, double> Values,
    double Total,
    IReadOnlyDictionary<string, double>? Change,
    int Items,
    DateOnly? SourceDate = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>? Breakdown = null);
