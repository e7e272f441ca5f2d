namespace AiRace.Core.Figures;

/// <summary>
/// <paramref name="Group"/> went from at most <paramref name="Passed"/> to above it on <paramref name="Date"/>.
/// <paramref name="First"/> is true for the first such event in the figure's range.
/// </summary>
public sealed record ShareCrossing(DateOnly Date, string Group, string Passed, bool First, string Text);
