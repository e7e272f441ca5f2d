namespace AiRace.Core.Odds;

/// <summary>
/// A dated public statement or market price about the race: who said it, when, what, the probability (or its bounds;
/// both null for a statement without a number), which definition it is about (<c>overtake-any-time</c>,
/// <c>overtake-at-horizon</c>, or free text), over how many years, and where to read it.
/// </summary>
public sealed record ReferenceProbability(
    string Who,
    DateOnly Date,
    string Statement,
    double? ProbabilityLow,
    double? ProbabilityHigh,
    string Definition,
    double? HorizonYears,
    string SourceUrl);
