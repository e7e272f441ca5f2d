using AiRace.Application.Validation;
using AiRace.Core;
using AiRace.Core.Adoption;
using AiRace.Core.Attribution;
using AiRace.Core.Figures;
using AiRace.Sources.Attribution;
using AiRace.Store;

namespace AiRace.Application.Shares;

/// <summary>
/// Builds adoption figures from a store: picks one kind of Hub data that has the measure (or the one asked for), the
/// snapshots in the asked dates, follows lineage over every lineage-carrying import, and attributes each repository.
/// </summary>
public static class AdoptionFigureBuilder
{
    /// <summary>Which kinds of Hub data can give a measure, in the order they are preferred.</summary>
    public static IReadOnlyList<HubSourceKind> Preference(AdoptionMeasure measure) => measure switch
    {
        AdoptionMeasure.Downloads => [HubSourceKind.Listing, HubSourceKind.Trending],
        AdoptionMeasure.DownloadsAllTime => [HubSourceKind.Listing],
        AdoptionMeasure.Likes => [HubSourceKind.Listing, HubSourceKind.Trending, HubSourceKind.Leaderboard],
        AdoptionMeasure.Models => [HubSourceKind.Listing, HubSourceKind.Leaderboard, HubSourceKind.Trending],
        _ => [HubSourceKind.Listing, HubSourceKind.Leaderboard],
    };

    /// <param name="store">The store with imported Hub rows.</param>
    /// <param name="policy">Country attribution; its bundled directory maps Hub namespaces to labs.</param>
    /// <param name="query">What to compute.</param>
    /// <param name="source">The kind of Hub data to use; null picks the first preferred kind that has the measure.</param>
    /// <param name="families">Family rules; default: the bundled table.</param>
    /// <param name="asOf">Use only snapshots taken on or before this date; null for every snapshot.</param>
    public static ShareFigure Build(
        AiRaceStore store, CountryAttribution policy, AdoptionSelection query, HubSourceKind? source = null, ModelFamilies? families = null,
        DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var all = store.HubSnapshots();
        var summaries = all.Where(s => asOf is not { } d || s.Date <= d).ToList();
        if (summaries.Count == 0)
        {
            throw new AiRaceException(
                ErrorKind.Usage,
                all.Count == 0
                    ? "No Hugging Face data in the store. Import some first: a saved Hub /api/models listing, the Hub trending list (hf-trending) or the Open LLM Leaderboard."
                    : $"No Hugging Face snapshot on or before {DateText.Format(asOf!.Value)}; the first is {DateText.Format(all.Min(s => s.Date))}. Pick a later as-of date.");
        }

        var usable = summaries.Where(s => Has(s, query.Measure)).ToList();
        var kinds = usable.Select(s => HubSourceKindNames.FromImporterKind(s.ImporterKind)).Distinct().ToList();
        var name = AdoptionMeasureNames.ToName(query.Measure);
        var chosen = source ?? Preference(query.Measure).Cast<HubSourceKind?>().FirstOrDefault(k => kinds.Contains(k!.Value))
            ?? throw new AiRaceException(
                ErrorKind.Usage,
                $"No imported Hub data has '{name}': it needs {Needs(query.Measure)}. Import such a source, or choose another measure.");
        if (!kinds.Contains(chosen))
        {
            throw new AiRaceException(
                ErrorKind.Usage,
                $"The imported {HubSourceKindNames.ToName(chosen)} data has no '{name}'{(kinds.Count > 0 ? $"; use the Hub source {string.Join(" or ", kinds.Select(HubSourceKindNames.ToName))}" : ": import Hub data that has it, or choose another measure")}.");
        }

        var ofKind = usable.Where(s => HubSourceKindNames.FromImporterKind(s.ImporterKind) == chosen).ToList();
        var importerKinds = ofKind.Select(s => s.ImporterKind).Distinct().ToList();
        var dates = SelectDates(query, ofKind.Select(s => s.Date).Distinct().Order().ToList(), chosen);
        var snapshots = dates.Select(d => new HubSnapshot(chosen, d, store.HubModels(importerKinds, d))).ToList();
        var attribution = new HubAttribution(new LineageGraph(store.HubLineageEdges()), families ?? BundledFamilies.Table, policy);
        return AdoptionFigures.Compute(query, chosen, snapshots, attribution, store.HubSources(importerKinds));
    }

    private static List<DateOnly> SelectDates(AdoptionSelection query, List<DateOnly> dates, HubSourceKind source)
    {
        var at = query.At ?? (query.Measure == AdoptionMeasure.NewDerivativeShare ? query.To : null);
        if (at is { } day)
        {
            var latest = dates.Where(d => d <= day).Cast<DateOnly?>().LastOrDefault()
                ?? throw new AiRaceException(
                    ErrorKind.Usage,
                    $"No {HubSourceKindNames.ToName(source)} snapshot on or before {Day(day)}; the first is {Day(dates[0])}. Pick that date or a later one.");
            return [latest];
        }

        if (query.Measure == AdoptionMeasure.NewDerivativeShare)
        {
            return [dates[^1]];
        }

        var selected = dates.Where(d => (query.From is not { } f || d >= f) && (query.To is not { } t || d <= t)).ToList();
        return selected.Count > 0
            ? selected
            : throw new AiRaceException(
                ErrorKind.Usage,
                $"No {HubSourceKindNames.ToName(source)} snapshot between {(query.From is { } f ? Day(f) : "the start")} and {(query.To is { } t ? Day(t) : "the end")}; the store has {Day(dates[0])} to {Day(dates[^1])}. Widen the window.");
    }

    private static bool Has(HubSnapshotSummary s, AdoptionMeasure measure) => measure switch
    {
        AdoptionMeasure.Downloads => s.WithDownloads > 0,
        AdoptionMeasure.DownloadsAllTime => s.WithDownloadsAllTime > 0,
        AdoptionMeasure.Likes => s.WithLikes > 0,
        AdoptionMeasure.Models => s.Rows > 0,
        AdoptionMeasure.Derivatives => s.WithLineage > 0,
        _ => s.WithLineage > 0 && s.WithCreatedAt > 0,
    };

    private static string Needs(AdoptionMeasure measure) => measure switch
    {
        AdoptionMeasure.Downloads => "30-day download counts (a Hub /api/models listing or the trending list)",
        AdoptionMeasure.DownloadsAllTime => "all-time download counts (a Hub /api/models listing fetched with expand[]=downloadsAllTime)",
        AdoptionMeasure.Likes => "like counts",
        AdoptionMeasure.Models => "any Hub data",
        AdoptionMeasure.Derivatives => "base_model lineage (a Hub /api/models listing with tags, or the Open LLM Leaderboard v2)",
        _ => "base_model lineage and creation dates (a Hub /api/models listing, or the Open LLM Leaderboard v2)",
    };

    private static string Day(DateOnly d) => DateText.Format(d);
}
