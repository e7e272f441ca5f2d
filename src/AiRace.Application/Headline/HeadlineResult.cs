namespace AiRace.Application.Headline;

/// <summary>
/// The headline (JSON keys): <c>as_of</c>, <c>between</c> (<c>US,CN</c>), <c>measures</c> (how far ahead and is it
/// widening, one per key measure), <c>adoption</c>, <c>usage</c> and <c>claims</c>. Pure data: every front end words it
/// with its own text catalog.
/// </summary>
public sealed record HeadlineResult(
    DateOnly? AsOf, string Between, IReadOnlyList<HeadlineMeasure> Measures, HeadlineAdoption? Adoption, HeadlineUsage? Usage,
    IReadOnlyList<HeadlineClaim> Claims);
