namespace AiRace.Core.Analysis;

/// <summary>The one registry of months-behind methods; the first is the default.</summary>
public static class BehindMethods
{
    /// <summary>Every method, default first.</summary>
    public static IReadOnlyList<IBehindMethod> All { get; } =
    [
        HorizontalBehind.Instance,
        new FirstMatchBehind(),
        new ThresholdBehind(),
    ];

    /// <summary>The default method (horizontal distance).</summary>
    public static IBehindMethod Default => All[0];

    /// <summary>Every method's estimate, in registry order.</summary>
    public static IReadOnlyList<MonthsBehindEstimate> EstimateAll(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options) =>
        [.. All.Select(m => m.Estimate(leader, follower, options))];

    /// <summary>The method named <paramref name="name"/> (case-insensitive); a usage error listing the names otherwise.</summary>
    public static IBehindMethod Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Default;
        }

        return All.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new AiRaceException(
                ErrorKind.Usage,
                $"Unknown months-behind method '{name}': use one of {string.Join(", ", All.Select(m => m.Name))}.");
    }
}
