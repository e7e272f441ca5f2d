namespace AiRace.Core.Analysis;

/// <summary>
/// A way to measure how many months a follower trails a leader, as one estimate with its 90% interval. Every method
/// registers in <see cref="BehindMethods.All"/>; <c>behind --method NAME</c> and the trend's row NAME call the same
/// <see cref="Estimate"/>. <see cref="HorizontalBehind"/> also gives a dated series.
/// </summary>
public interface IBehindMethod
{
    /// <summary>The name users type (<c>horizontal</c>, <c>first-match</c>, <c>threshold</c>).</summary>
    string Name { get; }

    /// <summary>The definition printed with every result.</summary>
    string Definition { get; }

    /// <summary>The estimate at <see cref="MonthsBehindOptions.To"/>. Pure: no I/O, no clock.</summary>
    MonthsBehindEstimate Estimate(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options);
}
