using AiRace.Application.Frontiers;

namespace AiRace.Application.Catalog;

/// <summary>
/// One metric (JSON keys): <c>id</c>, <c>kind</c> (<c>snapshot</c> or <c>release-dated</c>), <c>first_date</c>,
/// <c>last_date</c>, <c>models</c>, <c>observations</c>, <c>name</c>, <c>unit</c>, <c>higher_is_better</c>,
/// <c>description</c>, <c>scale_breaks</c>.
/// </summary>
public sealed record MetricRow(
    string Id, string Kind, DateOnly? FirstDate, DateOnly? LastDate, long Models, long Observations,
    string Name, string Unit, bool HigherIsBetter, string Description, IReadOnlyList<ScaleBreakResult> ScaleBreaks);
