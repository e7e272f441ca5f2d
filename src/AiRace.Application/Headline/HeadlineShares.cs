using AdoptionQuery = AiRace.Application.Adoption.AdoptionQuery;
using UsageQuery = AiRace.Application.Usage.UsageQuery;
using AiRace.Core;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;
using AiRace.Core.Usage;

namespace AiRace.Application.Headline;

/// <summary>The headline's adoption and usage figures, from the adoption and usage queries (null when the store lacks the data).</summary>
internal static class HeadlineShares
{
    /// <summary>How many families the derivatives figure keeps.</summary>
    public const int TopFamilies = 8;

    public static HeadlineAdoption? Adoption(StoreSession session, DateOnly? asOf)
    {
        if (session.Store.HubSnapshots().Count == 0)
        {
            return null;
        }

        var families = TryRun(() => new AdoptionQuery(AdoptionGrouping.Family, AdoptionMeasure.Derivatives, Top: TopFamilies, AsOf: asOf).Run(session));
        var downloads = TryRun(() => new AdoptionQuery(AdoptionGrouping.Country, AdoptionMeasure.Downloads, At: DateOnly.MaxValue, Top: 6, Source: HubSourceKind.Trending, AsOf: asOf).Run(session));
        return families is null && downloads is null
            ? null
            : new HeadlineAdoption(
                families is null ? null : HeadlineShare.Of(families, families.Points[^1]),
                families?.Sources[0].Kind,
                downloads is null ? null : HeadlineShare.Of(downloads, downloads.Points[^1]));
    }

    public static HeadlineUsage? Usage(StoreSession session, DateOnly? asOf)
    {
        var rows = session.Store.UsageRows();
        if (rows.Count == 0)
        {
            return null;
        }

        var byCountry = TryRun(() => new UsageQuery(UsageGrouping.Country, AsOf: asOf).Run(session));
        var byOpenness = TryRun(() => new UsageQuery(UsageGrouping.Openness, AsOf: asOf).Run(session));
        if (byCountry is not { Points.Count: > 0 } || byOpenness is not { Points.Count: > 0 })
        {
            return null;
        }

        var crossing = byCountry.Crossings.FirstOrDefault(c => c is { Group: "CN", Passed: "US", First: true });
        return new HeadlineUsage(
            HeadlineShare.Of(byCountry, byCountry.Points[^1]),
            HeadlineShare.Of(byCountry, byCountry.Points[0]),
            HeadlineShare.Of(byOpenness, byOpenness.Points[^1]),
            crossing?.Date,
            string.Join('/', rows.Select(r => r.ListedModels).Distinct().Order()));
    }

    private static ShareFigure? TryRun(Func<ShareFigure> run)
    {
        try
        {
            var figure = run();
            return figure.Points.Count == 0 ? null : figure;
        }
        catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage)
        {
            return null; // the store has no data of this kind
        }
    }
}
