using AiRace.Application.Shares;
using AiRace.Application.Validation;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;

namespace AiRace.Application.Adoption;

/// <summary>
/// Hugging Face adoption shares by the country, lab or family of each repository's family root. The result is a
/// <see cref="ShareFigure"/> (JSON keys: <c>measure</c>, <c>group_by</c>, <c>definition</c>, <c>denominator</c>,
/// <c>points</c>, <c>crossings</c>, <c>sources</c>, <c>notes</c>).
/// </summary>
/// <param name="By">Group by country, lab or family.</param>
/// <param name="Measure">What is counted.</param>
/// <param name="At">One snapshot: the latest on or before this date (not with a window).</param>
/// <param name="From">First snapshot date (or month, for the new-derivative share).</param>
/// <param name="To">Last snapshot date (or month).</param>
/// <param name="Top">Groups kept (the rest summed as <c>other</c>); 0 keeps all.</param>
/// <param name="Source">The kind of Hub data; null for the first that has the measure.</param>
/// <param name="AsOf">Use only snapshots taken on or before this date; null for every snapshot.</param>
public sealed record AdoptionQuery(
    AdoptionGrouping By = AdoptionGrouping.Country, AdoptionMeasure Measure = AdoptionMeasure.Downloads, DateOnly? At = null, DateOnly? From = null,
    DateOnly? To = null, int Top = 15, HubSourceKind? Source = null, DateOnly? AsOf = null)
{
    public ShareFigure Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        DateRange.OneDateOrWindow(At, From, To);
        DateRange.Window(From, To);
        var figure = new AdoptionSelection(By, Measure, At, From, To, TopCount.Check(Top));
        return AdoptionFigureBuilder.Build(session.Store, session.Attribution, figure, Source, asOf: AsOf);
    }
}
