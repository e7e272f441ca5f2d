namespace AiRace.Core.Odds;

/// <summary>
/// A dated public statement or market price about the race, with its definition: who said it, when, what, the
/// probability (or its bounds; both null for a statement without a number), the kind (<c>overtake-any-time</c>,
/// <c>overtake-at-horizon</c>, or another word for a different question), the horizon in years from its date or the
/// window's end date, the metric it is about (null: any, read on the forecast's metric), the comparison
/// (<c>strictly-above</c> or <c>at-least</c>, ties counting) and where to read it.
/// </summary>
public sealed record ReferenceProbability(
    string Who,
    DateOnly Date,
    string Statement,
    double? ProbabilityLow,
    double? ProbabilityHigh,
    string Definition,
    double? HorizonYears,
    string SourceUrl)
{
    public const string StrictlyAbove = "strictly-above";

    public const string AtLeast = "at-least";

    public string? Metric { get; init; }

    public string Comparison { get; init; } = StrictlyAbove;

    public DateOnly? EndDate { get; init; }

    /// <summary>The window's end: <see cref="EndDate"/>, else the date plus the horizon (whole years as calendar years; null when neither is given).</summary>
    public DateOnly? WindowEnd => EndDate ?? HorizonYears switch
    {
        null => null,
        { } y when y == Math.Floor(y) => Date.AddYears((int)y),
        { } y => Date.AddDays((int)Math.Round(y * MonthsMath.DaysPerYear)),
    };
}
