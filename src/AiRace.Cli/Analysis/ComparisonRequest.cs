using System.CommandLine;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Cli.Analysis;

/// <summary>The options shared by <c>gap</c> and <c>behind</c>: a metric, two groups and a window; and the frontiers they select.</summary>
internal sealed class ComparisonRequest
{
    private ComparisonRequest(Metric metric, FrontierSeries a, FrontierSeries b, IReadOnlyList<string> sources, FrontierSource source)
    {
        Metric = metric;
        A = a;
        B = b;
        Sources = sources;
        Frontiers = source;
    }

    public static Option<string> MetricOption() => new("--metric")
    {
        Description = "The metric id (see 'airace metrics'), such as lmarena-text or epoch-eci.",
        Required = true,
    };

    public static Option<string> BetweenOption() => new("--between")
    {
        Description = "Two groups A,B: ISO country codes (US,CN), open/closed, or lab:NAME. The gap is A − B.",
        Required = true,
    };

    public static Option<string?> FromOption() => new("--from") { Description = "First date of the window (YYYY-MM-DD, inclusive)." };

    public static Option<string?> ToOption() => new("--to") { Description = "Last date of the window (YYYY-MM-DD, inclusive)." };

    public Metric Metric { get; }

    public FrontierSeries A { get; }

    public FrontierSeries B { get; }

    /// <summary>The attribution texts of the imports behind the metric.</summary>
    public IReadOnlyList<string> Sources { get; }

    public FrontierSource Frontiers { get; }

    /// <summary>Resolves the metric (usage error listing the ids when unknown), parses the groups and computes both frontiers.</summary>
    public static ComparisonRequest Load(CliContext ctx, string? metricId, string? between)
    {
        var metric = MetricLookup.Resolve(ctx.Store, metricId);
        var (a, b) = GroupSpec.ParsePair(between ?? string.Empty);
        var source = new FrontierSource(ctx.Store, ctx.Attribution, ctx.AsOf);
        return new ComparisonRequest(metric, source.Series(metric, a), source.Series(metric, b), ctx.Store.Attributions(metric.Id), source);
    }

    /// <summary>The window from <c>--from</c>/<c>--to</c>; a reversed window is a usage error.</summary>
    public static DateWindow Window(string? from, string? to)
    {
        var window = new DateWindow(DateArgument.Parse("--from", from), DateArgument.Parse("--to", to));
        if (window.From > window.To)
        {
            throw new AiRace.Core.AiRaceException(
                AiRace.Core.ErrorKind.Usage, $"--from {from} is after --to {to}: give the earlier date first.");
        }

        return window;
    }
}
