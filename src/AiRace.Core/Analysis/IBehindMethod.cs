namespace AiRace.Core.Analysis;

/// <summary>
/// A way to measure how many months group B trails group A. <see cref="HorizontalBehind"/> is the one the issue defines;
/// others (a first-match or threshold variant) register in <see cref="BehindMethods.All"/>.
/// </summary>
public interface IBehindMethod
{
    /// <summary>The name users type (<c>--method horizontal</c>).</summary>
    string Name { get; }

    /// <summary>The definition printed with every result.</summary>
    string Definition { get; }

    /// <summary>Points in date order over <paramref name="window"/>. Pure: no I/O, no clock.</summary>
    BehindSeries Compute(FrontierSeries a, FrontierSeries b, DateWindow window);
}
