using System.Diagnostics;
using System.Globalization;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>forecast</c>: times the overtaking Monte Carlo (default 1,000,000 paths over 5 years) and prints peak memory, so
/// runs with 100k and 1M paths show that memory does not grow with the number of paths. The two groups are fitted on
/// hand-written synthetic histories shaped like the LMArena US/CN fit (about 7 and 5 advances a year, mean jumps of about
/// 14 and 36 points, an 80-point gap), with one bootstrap parameter draw per batch as in <c>airace forecast</c>.
/// </summary>
internal static class ForecastBenchmark
{
    public static int Run(string[] args)
    {
        var paths = (int)Option(args, "--paths", 1_000_000);
        var years = Option(args, "--years", 5);
        var threads = (int)Option(args, "--threads", Environment.ProcessorCount);
        var seed = (long)Option(args, "--seed", 1);
        var setup = Setup();
        var horizons = Enumerable.Range(1, (int)Math.Ceiling(years)).Select(y => Math.Min(y, years)).Distinct().ToArray();

        OvertakeSimulator.Run(setup, new SimulationOptions(horizons, 20_000, seed + 1) { MaxDegreeOfParallelism = threads });
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var sim = OvertakeSimulator.Run(setup, new SimulationOptions(horizons, paths, seed) { MaxDegreeOfParallelism = threads });
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;

        var last = sim.Horizons[^1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"forecast: {paths:N0} paths, {years} years, {threads} threads, {sim.ParameterDraws} parameter draws of {sim.PathsPerDraw} paths"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wall {clock.Elapsed.TotalMilliseconds:0} ms ({paths / clock.Elapsed.TotalSeconds / 1e6:0.00} M paths/s); CPU {cpuSeconds * 1000:0} ms, i.e. {cpuSeconds * 1000 / threads:0} ms on {threads} dedicated cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  allocated during the run {allocated / 1048576.0:0.0} MiB; peak working set {process.PeakWorkingSet64 / 1048576.0:0.0} MiB; managed heap now {GC.GetTotalMemory(false) / 1048576.0:0.0} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  P(any time within {last.Years} y) = {last.PAnyTime:0.0000} (90% across draws {last.AnyTimeCi90.Low:0.000}-{last.AnyTimeCi90.High:0.000}), P(at horizon) = {last.PAtHorizon:0.0000}"));
        return 0;
    }

    private static OvertakeSetup Setup()
    {
        var metric = new Metric("bench", "Benchmark", MetricKind.ReleaseDated, true, "Elo", "synthetic");
        var start = new DateOnly(2023, 5, 1);
        double[] leaderJumps = [15, 11, 14, 3, 19, 19, 6, 4, 13, 1, 18, 8, 32];
        double[] followerJumps = [86, 18, 33, 49, 11, 6, 30, 28, 37];
        var asOf = new DateOnly(2025, 3, 31);
        var leader = Synthetic(metric, "US", start, 1250, leaderJumps, asOf);
        var follower = Synthetic(metric, "CN", start, 1080, followerJumps, asOf);
        var l = JumpProcessFit.Fit(FrontierRecordHistory.From(leader, asOf)!, null, "US");
        var f = JumpProcessFit.Fit(FrontierRecordHistory.From(follower, asOf)!, null, "CN");
        return OvertakeSetup.FromFits(l, f);
    }

    private static FrontierSeries Synthetic(Metric metric, string group, DateOnly start, double level, double[] jumps, DateOnly asOf)
    {
        var span = asOf.DayNumber - start.DayNumber;
        var points = new List<FrontierPoint> { new(start, level, $"{group}-0", start) };
        for (var i = 0; i < jumps.Length; i++)
        {
            level += jumps[i];
            var d = start.AddDays((i + 1) * span / (jumps.Length + 1));
            points.Add(new FrontierPoint(d, level, $"{group}-{i + 1}", d));
        }

        return new FrontierSeries(metric, GroupSpec.Parse(group), points, 0);
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
