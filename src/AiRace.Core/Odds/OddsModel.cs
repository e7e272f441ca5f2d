namespace AiRace.Core.Odds;

/// <summary>The candidate overtaking models (see <see cref="OddsModels.Assumptions"/>).</summary>
public enum OddsModel
{
    /// <summary>Jointly fitted monthly jump process of both records.</summary>
    Jump,

    /// <summary>The leader's gap in jumps as a mean-reverting AR(1) with Student-t noise.</summary>
    Lag,

    /// <summary>Pooled discrete-time hazard (logistic) of an overtake next month.</summary>
    Hazard,
}
