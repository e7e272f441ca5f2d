using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>Time units of the odds analysis: months are days / (365.25/12), years are days / 365.25.</summary>
internal static class MonthsMath
{
    public const double DaysPerMonth = MonthsBehindUnit.DaysPerMonth;

    public const double DaysPerYear = 365.25;

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public static double Between(DateOnly from, DateOnly to) => MonthsBehindUnit.Between(from, to);

    /// <summary>Years from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double YearsBetween(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / DaysPerYear;
}
