namespace AiRace.Core.Figures;

/// <summary>
/// A share figure over time (adoption or usage): what is measured, how (the definition, stating what the source counts),
/// the denominator, the points, the crossings, the sources and notes on what was left unresolved.
/// </summary>
public sealed record ShareFigure(
    string Measure,
    string GroupBy,
    string Definition,
    string Denominator,
    IReadOnlyList<SharePoint> Points,
    IReadOnlyList<ShareCrossing> Crossings,
    IReadOnlyList<FigureSource> Sources,
    IReadOnlyList<string> Notes);
