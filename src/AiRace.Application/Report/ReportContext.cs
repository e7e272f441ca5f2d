using AiRace.Application;
using AiRace.Application.Frontiers;
using AiRace.Application.Headline;
using AiRace.Application.Text;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Report;

/// <summary>
/// What section builders read: the store, frontiers, the text catalog, and the metrics with data. Comparisons and sources are
/// computed once and shared between sections (the headline and the per-metric sections use the same series).
/// </summary>
public sealed class ReportContext
{
    private readonly Dictionary<(string, GroupSpec, GroupSpec), MetricComparison> _comparisons = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _sources = new(StringComparer.Ordinal);

    private HeadlineResult? _headline;

    /// <param name="store">The store the sections read.</param>
    /// <param name="frontiers">The frontiers (with the attribution policy and as-of date).</param>
    /// <param name="text">The report's language.</param>
    /// <param name="starterLoaded">True when this run loaded the starter dataset.</param>
    /// <param name="session">The session the headline query reads (with the --attribution overrides); null for one over <paramref name="store"/>.</param>
    public ReportContext(AiRaceStore store, FrontierSource frontiers, TextCatalog text, bool starterLoaded, StoreSession? session = null)
    {
        Store = store;
        Session = session ?? new StoreSession(store);
        Frontiers = frontiers;
        Text = text;
        StarterLoaded = starterLoaded;
        Summaries = store.Metrics(frontiers.AsOf).Where(m => m.Observations > 0).ToList();
        Metrics = Summaries
            .Select(s => new Metric(s.Id, s.Name, MetricKindNames.Parse(s.Kind), s.HigherIsBetter, s.Unit, s.Description))
            .ToList();
    }

    /// <summary>The United States (ISO US).</summary>
    public static GroupSpec UnitedStates { get; } = GroupSpec.Parse("US");

    /// <summary>China (ISO CN).</summary>
    public static GroupSpec China { get; } = GroupSpec.Parse("CN");

    public static GroupSpec Closed { get; } = GroupSpec.Parse("closed");

    public static GroupSpec Open { get; } = GroupSpec.Parse("open");

    public AiRaceStore Store { get; }

    public StoreSession Session { get; }

    /// <summary>The headline figures (<see cref="HeadlineQuery"/>, computed once): the same result the JSON twin and the web dashboard show.</summary>
    public HeadlineResult Headline => _headline ??= new HeadlineQuery(Frontiers.AsOf).Run(Session);

    public FrontierSource Frontiers { get; }

    /// <summary>Every word and number format of the report's language.</summary>
    public TextCatalog Text { get; }

    /// <summary>True when this run loaded the starter dataset into an empty store.</summary>
    public bool StarterLoaded { get; }

    /// <summary>Every metric with at least one observation, by id.</summary>
    public IReadOnlyList<Metric> Metrics { get; }

    /// <summary>Coverage of <see cref="Metrics"/> (same order).</summary>
    public IReadOnlyList<MetricSummary> Summaries { get; }

    /// <summary>The latest observation date over every metric.</summary>
    public DateOnly? AsOf => Summaries.Max(s => s.LastDate);

    /// <summary>The metric's unit in the report's language.</summary>
    public string Unit(Metric metric) => Text.Unit(metric.Unit);

    public MetricSummary Summary(Metric metric) => Summaries.First(s => s.Id == metric.Id);

    /// <summary>The metric's name in the report's language (a translation when there is one).</summary>
    public string MetricName(Metric metric) => Text.MetricName(metric.Id, metric.Name);

    /// <summary>The attribution texts of the imports behind a metric, joined for display.</summary>
    public string SourceText(Metric metric) => string.Join("; ", Sources(metric));

    public IReadOnlyList<string> Sources(Metric metric)
    {
        if (!_sources.TryGetValue(metric.Id, out var list))
        {
            list = Store.Attributions(metric.Id);
            _sources[metric.Id] = list;
        }

        return list;
    }

    /// <summary>A against B on <paramref name="metric"/> over its whole history (computed once).</summary>
    public MetricComparison Compare(Metric metric, GroupSpec a, GroupSpec b)
    {
        var key = (metric.Id, a, b);
        if (!_comparisons.TryGetValue(key, out var comparison))
        {
            var fa = Frontiers.Series(metric, a);
            var fb = Frontiers.Series(metric, b);
            comparison = new MetricComparison(metric, Core.Analysis.Gap.Compute(fa, fb), HorizontalBehind.Series(fa, fb, DateWindow.All));
            _comparisons[key] = comparison;
        }

        return comparison;
    }
}
