namespace AiRace.Core.Analysis;

/// <summary>The month AiRace measures in: an average Gregorian month, 365.25 / 12 days.</summary>
public static class MonthsBehindUnit
{
    /// <summary>Days in one month: 365.25 / 12 = 30.4375.</summary>
    public const double DaysPerMonth = 365.25 / 12;

    /// <summary>The months from <paramref name="earlier"/> to <paramref name="later"/> (negative when <paramref name="later"/> is before).</summary>
    public static double Between(DateOnly earlier, DateOnly later) => (later.DayNumber - earlier.DayNumber) / DaysPerMonth;
}
