using AiRace.Core.Odds;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace AiRace.Core.Tests.Odds;

public sealed class OvertakeSimulatorTests
{
    private static readonly double[] Years = [1, 2, 3, 4, 5];

    [Fact]
    public void Static_leader_and_fixed_jump_follower_match_the_Poisson_tail()
    {
        // Leader stands still at 10; the follower starts at 0 and jumps by exactly 3 at rate 2 per year.
        // It is strictly above once N·3 > 10, i.e. N >= 4, so P(T) = P(Poisson(2T) >= 4) for both definitions.
        var setup = OvertakeSetup.Fixed(RecordPath.Single(10), RecordPath.Single(0), JumpParameters.Static, JumpParameters.Fixed(2, 3));
        var sim = OvertakeSimulator.Run(setup, new SimulationOptions(Years, 200_000, 7));

        foreach (var h in sim.Horizons)
        {
            var exact = 1 - Poisson.CDF(2 * h.Years, 3);
            AssertWithin(exact, h.PAnyTime, h.AnyTimeStandardError);
            AssertWithin(exact, h.PAtHorizon, h.AtHorizonStandardError);
            Assert.Equal(h.PAnyTime, h.PAtHorizon);
        }
    }

    [Fact]
    public void A_symmetric_race_from_a_tie_is_a_coin_flip_at_the_horizon()
    {
        // Same process for both, tied start: by symmetry P(follower above at T) = (1 - P(no advance at all)) / 2.
        var p = new JumpParameters(3, 0, 0.5);
        var setup = OvertakeSetup.Fixed(RecordPath.Single(0), RecordPath.Single(0), p, p);
        var sim = OvertakeSimulator.Run(setup, new SimulationOptions(Years, 200_000, 11));

        foreach (var h in sim.Horizons)
        {
            var exact = (1 - Math.Exp(-6 * h.Years)) / 2;
            AssertWithin(exact, h.PAtHorizon, h.AtHorizonStandardError);
            Assert.InRange(h.PAtHorizon, 0.47, 0.51);
        }
    }

    [Theory]
    [InlineData(2, 3, 2)]
    [InlineData(3, 2, 1)]
    [InlineData(1, 1, 0)]
    public void A_drifting_unit_step_walk_matches_the_exact_first_passage_law(double leaderRate, double followerRate, int gap)
    {
        // Unit jumps make the gap a continuous-time simple random walk: +1 at rate λL, −1 at rate λF.
        // The follower is strictly above once the gap hits −1, a = gap + 1 net down-steps. Hitting-time theorem:
        // P(τ = n) = (a/n)·C(n, (n+a)/2)·q^((n+a)/2)·p^((n−a)/2); in continuous time P(τ ≤ T) = Σ P(τ = n)·P(Poisson(ΛT) ≥ n).
        var setup = OvertakeSetup.Fixed(
            RecordPath.Single(gap), RecordPath.Single(0), JumpParameters.Fixed(leaderRate, 1), JumpParameters.Fixed(followerRate, 1));
        var sim = OvertakeSimulator.Run(setup, new SimulationOptions([0.5, 1, 2], 200_000, 3));

        foreach (var h in sim.Horizons)
        {
            var exact = FirstPassage(leaderRate, followerRate, gap + 1, h.Years);
            AssertWithin(exact, h.PAnyTime, h.AnyTimeStandardError);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_numbers_whatever_the_parallelism()
    {
        var setup = OvertakeSetup.Fixed(RecordPath.Single(20), RecordPath.Single(0), new JumpParameters(4, 1, 0.8), new JumpParameters(5, 1.2, 0.6));
        var one = OvertakeSimulator.Run(setup, new SimulationOptions(Years, 30_000, 42) { MaxDegreeOfParallelism = 1 });
        var four = OvertakeSimulator.Run(setup, new SimulationOptions(Years, 30_000, 42) { MaxDegreeOfParallelism = 4 });
        var other = OvertakeSimulator.Run(setup, new SimulationOptions(Years, 30_000, 43));

        Assert.Equal(one.Horizons, four.Horizons);
        Assert.Equal(one.ExpectedMonthsBehindByMonth, four.ExpectedMonthsBehindByMonth);
        Assert.NotEqual(one.Horizons.Select(h => h.PAnyTime), other.Horizons.Select(h => h.PAnyTime));
    }

    [Fact]
    public void Any_time_odds_never_fall_with_the_horizon_and_bound_the_odds_at_the_horizon()
    {
        var setup = OvertakeSetup.Fixed(RecordPath.Single(30), RecordPath.Single(0), new JumpParameters(6, 2, 0.7), new JumpParameters(5, 2.2, 0.7));
        var sim = OvertakeSimulator.Run(setup, new SimulationOptions(Years, 20_000, 5));

        for (var k = 0; k < sim.Horizons.Count; k++)
        {
            var h = sim.Horizons[k];
            Assert.True(h.PAtHorizon <= h.PAnyTime);
            Assert.True(h.AnyTimeCi90.Low <= h.AnyTimeCi90.High);
            if (k > 0)
            {
                Assert.True(h.PAnyTime >= sim.Horizons[k - 1].PAnyTime);
            }
        }
    }

    [Fact]
    public void A_follower_already_above_has_overtaken_at_any_horizon()
    {
        var setup = OvertakeSetup.Fixed(RecordPath.Single(5), RecordPath.Single(6), JumpParameters.Fixed(1, 1), JumpParameters.Static);
        var sim = OvertakeSimulator.Run(setup, new SimulationOptions([1], 2_000, 1));
        Assert.Equal(1.0, sim.Horizons[0].PAnyTime);
    }

    [Fact]
    public void The_months_behind_path_counts_from_when_the_leader_first_stood_where_the_follower_stands()
    {
        // Leader reached 0 two years ago and 10 a year ago, then stops; the follower stays at 0.
        // Horizontal months behind at month m is therefore 24 + m exactly.
        var leader = new RecordPath([-2.0, -1.0], [0.0, 10.0]);
        var setup = OvertakeSetup.Fixed(leader, RecordPath.Single(0), JumpParameters.Static, JumpParameters.Static);
        var sim = OvertakeSimulator.Run(setup, new SimulationOptions([1, 2], 3_000, 1));

        Assert.Equal(24, sim.ExpectedMonthsBehindByMonth.Count);
        for (var m = 1; m <= 24; m++)
        {
            Assert.Equal(24 + m, sim.ExpectedMonthsBehindByMonth[m - 1], 9);
        }

        Assert.Equal(36, sim.Horizons[0].ExpectedMonthsBehind!.Value, 9);
    }

    [Fact]
    public void Parameter_draws_are_capped_so_memory_does_not_grow_with_paths()
    {
        var options = new SimulationOptions([1], 5_000_000, 1);
        Assert.Equal(SimulationOptions.MaxDraws, options.Draws);
        Assert.Equal(5_000, options.PathsPerDraw);
        Assert.Equal(1, new SimulationOptions([1], 10, 1).Draws);
    }

    private static double FirstPassage(double leaderRate, double followerRate, int a, double years)
    {
        var total = leaderRate + followerRate;
        var q = followerRate / total;
        var p = leaderRate / total;
        var sum = 0.0;
        for (var n = a; n <= 400; n += 2)
        {
            var down = (n + a) / 2;
            var logTerm = Math.Log((double)a / n) + SpecialFunctions.BinomialLn(n, down) + down * Math.Log(q) + (n - down) * Math.Log(p);
            sum += Math.Exp(logTerm) * (1 - Poisson.CDF(total * years, n - 1));
        }

        return sum;
    }

    private static void AssertWithin(double expected, double actual, double standardError)
    {
        var tolerance = 4 * standardError + 1e-3;
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:0.0000} ± {tolerance:0.0000}, got {actual:0.0000}");
    }
}
