using AiRace.Application.Shares;
using AiRace.Application.Validation;
using AiRace.Core.Figures;
using AiRace.Core.Usage;

namespace AiRace.Application.Usage;

/// <summary>
/// Weekly OpenRouter token shares with week-over-week change and crossings. The result is a <see cref="ShareFigure"/>
/// (the same keys as adoption's).
/// </summary>
/// <param name="By">Group by country, lab, openness or model.</param>
/// <param name="Free">Free routes merged with their model, separate, or excluded.</param>
/// <param name="Denominator">Shares of the listed models' tokens, or of every token.</param>
/// <param name="From">First week (any day of it).</param>
/// <param name="To">Last week (any day of it).</param>
/// <param name="Top">Groups kept (the rest summed as <c>other</c>); 0 keeps all.</param>
/// <param name="AsOf">Use only weeks whose file is dated (or was read) on or before this date; null for every week.</param>
public sealed record UsageQuery(
    UsageGrouping By = UsageGrouping.Country, FreeMode Free = FreeMode.Merged, UsageDenominator Denominator = UsageDenominator.Listed,
    DateOnly? From = null, DateOnly? To = null, int Top = 12, DateOnly? AsOf = null)
{
    public ShareFigure Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        DateRange.Window(From, To);
        var figure = new UsageSelection(By, Free, Denominator, From, To, TopCount.Check(Top));
        return UsageFigureBuilder.Build(session.Store, session.Attribution, figure, asOf: AsOf);
    }
}
