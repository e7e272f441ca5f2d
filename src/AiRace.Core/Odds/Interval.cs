using MathNet.Numerics.Statistics;

namespace AiRace.Core.Odds;

/// <summary>A two-sided interval, such as a 90% confidence interval.</summary>
public readonly record struct Interval(double Low, double High)
{
    /// <summary>The 5th and 95th percentiles of <paramref name="values"/> (MathNet's R-8 quantile; sorts a copy).</summary>
    internal static Interval Percentile90(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            return new Interval(double.NaN, double.NaN);
        }

        Array.Sort(sorted);
        return new Interval(SortedArrayStatistics.Quantile(sorted, 0.05), SortedArrayStatistics.Quantile(sorted, 0.95));
    }

    /// <summary>Whether <paramref name="value"/> lies in the interval (ends included).</summary>
    public bool Contains(double value) => value >= Low && value <= High;
}
