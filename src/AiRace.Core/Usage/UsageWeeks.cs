namespace AiRace.Core.Usage;

/// <summary>Maps a usage file's date to the Monday–Sunday week its tokens cover.</summary>
public static class UsageWeeks
{
    /// <summary>
    /// The Monday starting the covered week: a Sunday ends its own week; any other day (the Monday a ranking was read)
    /// covers the week that ended on the Sunday before.
    /// </summary>
    public static DateOnly WeekOf(DateOnly sourceDate)
    {
        var sunday = sourceDate.AddDays(-(int)sourceDate.DayOfWeek);
        return sunday.AddDays(-6);
    }
}
