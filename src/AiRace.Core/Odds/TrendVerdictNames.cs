namespace AiRace.Core.Odds;

/// <summary>The words printed for a <see cref="TrendVerdict"/>.</summary>
public static class TrendVerdictNames
{
    public static string ToText(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Widening => "widening",
        TrendVerdict.Narrowing => "narrowing",
        _ => "no significant change",
    };

    /// <summary>The verdict for a slope's interval: widening when it lies above zero, narrowing below, else no significant change.</summary>
    public static TrendVerdict FromInterval(Interval ci) =>
        ci.Low > 0 ? TrendVerdict.Widening : ci.High < 0 ? TrendVerdict.Narrowing : TrendVerdict.NoSignificantChange;
}
