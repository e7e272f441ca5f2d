using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Claims;

/// <summary>
/// What the claim evaluations read: the store as known on the as-of date, the attribution policy, the wording, and each
/// metric's frontiers, read once. (It builds frontiers as the CLI's <c>FrontierSource</c> does, from the same store queries
/// and <see cref="Frontier.Compute"/>; when that source moves into the application layer, this should call it instead.)
/// </summary>
internal sealed class ClaimContext
{
    private readonly Dictionary<string, IReadOnlyList<Observation>> _observations = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, CatalogModel>? _catalog;
    private FirstAppearances? _appearances;

    public ClaimContext(AiRaceStore store, CountryAttribution policy, DateOnly? asOf, ClaimsText text, OvertakeOddsProvider? odds)
    {
        Store = store;
        Policy = policy;
        AsOf = asOf;
        Text = text;
        Odds = odds;
    }

    public AiRaceStore Store { get; }

    public CountryAttribution Policy { get; }

    public DateOnly? AsOf { get; }

    public ClaimsText Text { get; }

    public OvertakeOddsProvider? Odds { get; }

    /// <summary>The date a claim's figure is read at: its own date, but never after the as-of date.</summary>
    public DateOnly ReadAt(ClaimDefinition claim) => AsOf is { } a && a < claim.ReadAt ? a : claim.ReadAt;

    public Metric? Metric(string id) => Store.FindMetric(id);

    public IReadOnlyList<Observation> Observations(string metricId)
    {
        if (!_observations.TryGetValue(metricId, out var list))
        {
            list = Store.Observations(metricId, AsOf);
            _observations[metricId] = list;
        }

        return list;
    }

    /// <summary>
    /// <paramref name="date"/>, or the metric's last observation date when that is earlier: a window ending there does not carry a
    /// release-dated frontier past its data.
    /// </summary>
    public DateOnly DataEnd(string metricId, DateOnly date)
    {
        var observations = Observations(metricId);
        var last = observations.Count == 0 ? date : observations.Max(o => o.Date);
        return last < date ? last : date;
    }

    public FrontierSeries Series(Metric metric, GroupSpec group)
    {
        var canonical = group.Kind == GroupKind.Lab ? group with { Value = Policy.CanonicalOrganization(group.Value) ?? group.Value } : group;
        return Frontier.Compute(
            metric, Observations(metric.Id), _catalog ??= Store.Catalog(Policy, AsOf), canonical,
            metric.Kind == MetricKind.Snapshot ? _appearances ??= Store.FirstAppearances(AsOf) : null);
    }

    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric) => Core.Analysis.ScaleBreaks.Detect(Store.EditionScores(metric.Id, AsOf));
}
