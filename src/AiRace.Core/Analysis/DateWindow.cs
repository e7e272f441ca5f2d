namespace AiRace.Core.Analysis;

/// <summary>An inclusive date window; a null bound is open. <see cref="All"/> takes every date.</summary>
public sealed record DateWindow(DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The window with no bounds.</summary>
    public static DateWindow All { get; } = new();

    /// <summary>True when <paramref name="date"/> lies within both bounds (inclusive).</summary>
    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
