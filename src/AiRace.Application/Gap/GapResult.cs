namespace AiRace.Application.Gap;

/// <summary>
/// <c>gap</c>'s result (JSON keys): <c>metric</c>, <c>definition</c>, <c>a</c>, <c>b</c>, <c>unit</c>, <c>points</c>,
/// <c>lead_changes</c>, <c>unplaced_models</c> {<c>a</c>, <c>b</c>} and <c>sources</c> (the attribution of every import behind the metric).
/// </summary>
public sealed record GapResult(
    string Metric, string Definition, string A, string B, string Unit, IReadOnlyList<GapPointResult> Points,
    IReadOnlyList<LeadChangeResult> LeadChanges, Frontiers.UnplacedModels UnplacedModels, IReadOnlyList<string> Sources);
