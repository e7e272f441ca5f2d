using AiRace.Application.Frontiers;
using AiRace.Core.Analysis;

namespace AiRace.Application.Catalog;

/// <summary>Every metric with its coverage and the scale breaks found in it, as known on <see cref="AsOf"/>.</summary>
/// <param name="AsOf">Use only data retrieved on or before this date; null for everything.</param>
public sealed record MetricsQuery(DateOnly? AsOf = null)
{
    public IReadOnlyList<MetricRow> Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var editions = session.Store.EditionScores(AsOf);
        return
        [
            .. session.Store.Metrics(AsOf).Select(m => new MetricRow(
                m.Id, m.Kind, m.FirstDate, m.LastDate, m.Models, m.Observations, m.Name, m.Unit, m.HigherIsBetter, m.Description,
                editions.TryGetValue(m.Id, out var e) ? [.. ScaleBreaks.Detect(e).Select(ScaleBreakResult.Of)] : [])),
        ];
    }
}
