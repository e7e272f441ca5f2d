using AiRace.Application.Text;
using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Application.Frontiers;
using AiRace.Store;

namespace AiRace.Application.Claims;

/// <summary>
/// What the claim evaluations read: the store as known on the as-of date, the attribution policy, the wording, and each
/// metric's frontiers (through the one <see cref="FrontierSource"/> every query uses).
/// </summary>
internal sealed class ClaimContext
{
    private readonly FrontierSource _frontiers;

    public ClaimContext(AiRaceStore store, CountryAttribution policy, DateOnly? asOf, ClaimsText text, OvertakeOddsProvider? odds)
    {
        Store = store;
        Policy = policy;
        AsOf = asOf;
        Text = text;
        Odds = odds;
        _frontiers = new FrontierSource(store, policy, asOf);
    }

    public AiRaceStore Store { get; }

    public CountryAttribution Policy { get; }

    public DateOnly? AsOf { get; }

    public ClaimsText Text { get; }

    public OvertakeOddsProvider? Odds { get; }

    /// <summary>The date a claim's figure is read at: its own date, but never after the as-of date.</summary>
    public DateOnly ReadAt(ClaimDefinition claim) => AsOf is { } a && a < claim.ReadAt ? a : claim.ReadAt;

    public Metric? Metric(string id) => Store.FindMetric(id);

    public IReadOnlyList<Observation> Observations(string metricId) => _frontiers.Observations(metricId);

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

    public FrontierSeries Series(Metric metric, GroupSpec group) => _frontiers.Series(metric, group);

    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric) => _frontiers.ScaleBreaks(metric);
}
