namespace AiRace.Application.Claims;

/// <summary>
/// The figure behind a verdict: the figure in words (each measure's value), its definition, the last date of data it reads,
/// the command that shows it, and — when the claim is not measurable — what data would settle it and how to get it.
/// </summary>
/// <param name="Figure">The figure, with the numbers, in the query's language.</param>
/// <param name="Definition">How the figure is computed.</param>
/// <param name="AsOf">The latest date of data the figure reads (null when nothing was read).</param>
/// <param name="Command">The AiRace command that shows the figure.</param>
/// <param name="Settle">Not measurable only: the data that would settle the claim and how to get it.</param>
/// <param name="Values">The figure's numbers by name (for JSON), such as <c>lmarena-text.lead</c>.</param>
public sealed record ClaimEvidence(
    string Figure, string Definition, DateOnly? AsOf, string Command, string? Settle, IReadOnlyDictionary<string, double> Values);
