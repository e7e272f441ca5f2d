using AiRace.Application.Behind;
using AiRace.Application.Catalog;
using AiRace.Application.Gap;

namespace AiRace.Web.Pages;

/// <summary>
/// One metric for two groups (<c>/metrics/{id}.json</c>): <c>metric</c> (the catalog row), <c>gap</c> (frontiers over time,
/// the gap and lead changes: <c>gap</c>'s result) and <c>behind</c> (months behind: <c>behind</c>'s result).
/// </summary>
public sealed record MetricView(MetricRow Metric, GapResult Gap, BehindResult Behind);
