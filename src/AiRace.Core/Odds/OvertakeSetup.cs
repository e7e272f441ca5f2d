namespace AiRace.Core.Odds;

/// <summary>
/// What the simulation needs: each group's record history (its last level is where the path starts) and how to draw
/// the two groups' process parameters for a batch of paths (a fixed pair, or a bootstrap draw from fitted histories).
/// </summary>
public sealed class OvertakeSetup
{
    private readonly Func<Random, (JumpParameters Leader, JumpParameters Follower)> _draw;

    public OvertakeSetup(RecordPath leader, RecordPath follower, Func<Random, (JumpParameters Leader, JumpParameters Follower)> draw)
    {
        Leader = leader ?? throw new ArgumentNullException(nameof(leader));
        Follower = follower ?? throw new ArgumentNullException(nameof(follower));
        _draw = draw ?? throw new ArgumentNullException(nameof(draw));
    }

    public RecordPath Leader { get; }

    public RecordPath Follower { get; }

    /// <summary>Leader's level minus follower's at the start (positive: the leader is ahead).</summary>
    public double InitialGap => Leader.Level - Follower.Level;

    /// <summary>Both groups with fixed parameters (no parameter uncertainty).</summary>
    public static OvertakeSetup Fixed(RecordPath leader, RecordPath follower, JumpParameters leaderProcess, JumpParameters followerProcess) =>
        new(leader, follower, _ => (leaderProcess, followerProcess));

    /// <summary>Both groups fitted on their histories; each batch of paths gets one bootstrap draw of both.</summary>
    public static OvertakeSetup FromFits(JumpProcessFit leader, JumpProcessFit follower)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        return new(RecordPath.From(leader.History), RecordPath.From(follower.History), rng => (leader.Draw(rng), follower.Draw(rng)));
    }

    internal (JumpParameters Leader, JumpParameters Follower) Draw(Random rng) => _draw(rng);
}
