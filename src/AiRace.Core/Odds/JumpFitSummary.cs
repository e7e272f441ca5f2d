namespace AiRace.Core.Odds;

/// <summary>The jump model fitted on a race now: records set per year by each side, the monthly chance both set one, and the log-normal jump (in units of the race's median jump).</summary>
public sealed record JumpFitSummary(double LeaderPerYear, double FollowerPerYear, double BothPerMonth, double JumpLogMean, double JumpLogSd, double MeanJump)
{
    /// <summary>The trailing window the jump model is fitted on, in years.</summary>
    public static double WindowYears => JumpModel.WindowMonths / 12.0;
}
