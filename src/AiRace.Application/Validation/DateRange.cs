using AiRace.Core.Analysis;

namespace AiRace.Application.Validation;

/// <summary>The one check of a date window: its first date may not be after its last.</summary>
public static class DateRange
{
    /// <summary>The window from <paramref name="from"/> to <paramref name="to"/> (inclusive, either open); a reversed one is a usage error.</summary>
    public static DateWindow Window(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw QueryInput.Error(
                "from",
                $"The window starts on {DateText.Format(f)}, after its end {DateText.Format(t)}: give the earlier date first.");
        }

        return new DateWindow(from, to);
    }

    /// <summary>One date or a window, not both: a usage error when <paramref name="at"/> is given with either bound.</summary>
    public static void OneDateOrWindow(DateOnly? at, DateOnly? from, DateOnly? to)
    {
        if (at is { } a && (from is not null || to is not null))
        {
            throw QueryInput.Error(
                "at",
                $"Both one date ({DateText.Format(a)}) and a window were given: give one date, or a window from one date to another.");
        }
    }

    /// <summary>The earlier of two optional dates (null when both are).</summary>
    public static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
