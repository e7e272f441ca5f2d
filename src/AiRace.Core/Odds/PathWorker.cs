using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace AiRace.Core.Odds;

/// <summary>
/// Simulates batches of paths of two independent compound-Poisson processes with fixed buffers (reused across batches).
/// Untracked paths draw the number of advances in each horizon segment (Poisson, rate × length), then each advance's
/// group (leader or follower, in proportion to their rates) and log-normal jump in order: the order is all that matters
/// for a first crossing, and the segment for the horizons. Tracked paths draw explicit exponential waiting times so the
/// months-behind path can be read at the end of each month. Both are exact simulations of the same process.
/// </summary>
internal sealed class PathWorker
{
    private const int BufferSize = 4096;

    private readonly double[] _uniforms = new double[BufferSize];
    // MathNet's bulk normal sampler allocates a scratch array of about 4π doubles per value: 512 values keep it under the
    // large-object-heap threshold (85,000 bytes), so it dies young in gen 0 instead of triggering gen-2 collections.
    private const int NormalBufferSize = 512;

    private readonly double[] _normals = new double[NormalBufferSize];
    private readonly List<double> _leaderTimes = [];
    private readonly List<double> _leaderLevels = [];
    private readonly List<double> _followerTimes = [];
    private readonly List<double> _followerLevels = [];
    private int _u = BufferSize;
    private int _z = NormalBufferSize;
    private Xoshiro256StarStar _rng = new(1, threadSafe: false);

    public void RunBatch(OvertakeSetup setup, double[] horizons, int paths, int tracked, long seed, int batch, BatchResult result)
    {
        _rng = Seeds.Random(seed, batch);
        _u = BufferSize;
        _z = NormalBufferSize;
        var (leader, follower) = setup.Draw(_rng);
        var process = new PairProcess(leader, follower);
        for (var i = 0; i < paths; i++)
        {
            if (i < tracked)
            {
                Tracked(setup, process, horizons, result);
            }
            else
            {
                Untracked(setup.InitialGap, process, horizons, result);
            }
        }

        result.Paths = paths;
        result.Tracked = Math.Min(tracked, paths);
    }

    private void Untracked(double gap, in PairProcess p, double[] horizons, BatchResult result)
    {
        var first = gap < 0 ? 0 : -1;
        var previous = 0.0;
        for (var k = 0; k < horizons.Length; k++)
        {
            var n = p.Total > 0 ? Poisson.Sample(_rng, p.Total * (horizons[k] - previous)) : 0;
            for (var i = 0; i < n; i++)
            {
                var u = NextUniform();
                var z = NextNormal();
                if (u < p.FollowerShare)
                {
                    gap -= Math.Exp(p.Follower.Mu + p.Follower.Sigma * z);
                    if (gap < 0 && first < 0)
                    {
                        first = k;
                    }
                }
                else
                {
                    gap += Math.Exp(p.Leader.Mu + p.Leader.Sigma * z);
                }
            }

            if (gap < 0)
            {
                result.AboveAtHorizon[k]++;
            }

            previous = horizons[k];
        }

        if (first >= 0)
        {
            result.FirstCrossing[first]++;
        }
    }

    private void Tracked(OvertakeSetup setup, in PairProcess p, double[] horizons, BatchResult result)
    {
        _leaderTimes.Clear();
        _leaderLevels.Clear();
        _followerTimes.Clear();
        _followerLevels.Clear();
        double leader = setup.Leader.Level, follower = setup.Follower.Level, t = 0;
        var first = leader - follower < 0 ? 0 : -1;
        var end = horizons[^1];
        var months = result.MonthsBehindSum.Length;
        int m = 1, k = 0;
        while (true)
        {
            var next = p.Total > 0 ? t + Exponential.Sample(_rng, p.Total) : double.PositiveInfinity;
            for (; m <= months && m / 12.0 < next; m++)
            {
                result.MonthsBehindSum[m - 1] += MonthsBehind(setup, m / 12.0, leader, follower);
            }

            for (; k < horizons.Length && horizons[k] < next; k++)
            {
                if (leader - follower < 0)
                {
                    result.AboveAtHorizon[k]++;
                }
            }

            if (next > end)
            {
                break;
            }

            var u = NextUniform();
            var z = NextNormal();
            if (u < p.FollowerShare)
            {
                follower += Math.Exp(p.Follower.Mu + p.Follower.Sigma * z);
                _followerTimes.Add(next);
                _followerLevels.Add(follower);
                if (leader - follower < 0 && first < 0)
                {
                    first = k;
                }
            }
            else
            {
                leader += Math.Exp(p.Leader.Mu + p.Leader.Sigma * z);
                _leaderTimes.Add(next);
                _leaderLevels.Add(leader);
            }

            t = next;
        }

        if (first >= 0)
        {
            result.FirstCrossing[first]++;
        }
    }

    /// <summary>Horizontal months behind at time <paramref name="t"/> (years from the as-of date), as <see cref="Analysis.HorizontalBehind"/> reads a release-dated step function (here a simulated one).</summary>
    private double MonthsBehind(OvertakeSetup setup, double t, double leader, double follower) =>
        follower > leader
            ? -(t - FirstReaching(setup.Follower, _followerTimes, _followerLevels, leader, t)) * 12
            : (t - FirstReaching(setup.Leader, _leaderTimes, _leaderLevels, follower, t)) * 12;

    private static double FirstReaching(RecordPath history, List<double> times, List<double> levels, double level, double now)
    {
        if (history.FirstReaching(level) is { } past)
        {
            return past;
        }

        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] >= level)
            {
                return times[i];
            }
        }

        return now;
    }

    private double NextUniform()
    {
        if (_u == BufferSize)
        {
            _rng.NextDoubles(_uniforms);
            _u = 0;
        }

        return _uniforms[_u++];
    }

    // MathNet's array fill keeps both values of each polar pair: in this loop it is about 1.7 times faster than single draws.
    // It allocates a short-lived scratch array per refill (about 10 bytes per value), which never accumulates.
    private double NextNormal()
    {
        if (_z == NormalBufferSize)
        {
            Normal.Samples(_rng, _normals, 0, 1);
            _z = 0;
        }

        return _normals[_z++];
    }

    private readonly record struct PairProcess(JumpParameters Leader, JumpParameters Follower)
    {
        public double Total { get; } = Leader.Rate + Follower.Rate;

        public double FollowerShare { get; } = Leader.Rate + Follower.Rate > 0 ? Follower.Rate / (Leader.Rate + Follower.Rate) : 0;
    }
}
