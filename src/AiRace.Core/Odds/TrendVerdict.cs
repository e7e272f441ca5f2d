namespace AiRace.Core.Odds;

/// <summary>Whether the leader's lead is growing: the 90% interval of the gap's slope lies above zero, below zero, or contains it.</summary>
public enum TrendVerdict
{
    NoSignificantChange,
    Widening,
    Narrowing,
}
