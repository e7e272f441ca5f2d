namespace AiRace.Core.Odds;

/// <summary>The counts one batch of paths leaves behind: fixed-size arrays, whatever the number of paths.</summary>
internal sealed class BatchResult
{
    public BatchResult(int horizons, int months)
    {
        FirstCrossing = new int[horizons];
        AboveAtHorizon = new int[horizons];
        MonthsBehindSum = new double[months];
    }

    /// <summary>Paths whose first strict crossing fell in horizon segment k (at or before horizon k, after horizon k − 1).</summary>
    public int[] FirstCrossing { get; }

    /// <summary>Paths with the follower strictly above at horizon k.</summary>
    public int[] AboveAtHorizon { get; }

    /// <summary>Sum over tracked paths of the months behind at the end of each month.</summary>
    public double[] MonthsBehindSum { get; }

    public int Paths { get; set; }

    public int Tracked { get; set; }

    /// <summary>Paths that crossed at or before horizon k.</summary>
    public int CrossedBy(int k)
    {
        var sum = 0;
        for (var j = 0; j <= k; j++)
        {
            sum += FirstCrossing[j];
        }

        return sum;
    }
}
