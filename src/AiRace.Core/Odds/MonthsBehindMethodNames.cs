namespace AiRace.Core.Odds;

/// <summary>The names users type for a <see cref="MonthsBehindMethod"/> (<c>horizontal</c>, <c>first-match</c>, <c>threshold</c>).</summary>
public static class MonthsBehindMethodNames
{
    public static string ToName(MonthsBehindMethod method) => method switch
    {
        MonthsBehindMethod.FirstMatch => "first-match",
        MonthsBehindMethod.Threshold => "threshold",
        _ => "horizontal",
    };

    public static MonthsBehindMethod Parse(string text) => (text ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "horizontal" => MonthsBehindMethod.Horizontal,
        "first-match" => MonthsBehindMethod.FirstMatch,
        "threshold" => MonthsBehindMethod.Threshold,
        _ => throw new AiRaceException(ErrorKind.Usage, $"Unknown months-behind method '{text}': use horizontal, first-match or threshold."),
    };
}
