using AiRace.Application;
using AiRace.Application.Catalog;
using AiRace.Application.Claims;
using AiRace.Application.Gap;
using AiRace.Core;
using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>
/// What the home page shows, from the existing queries: the claims ledger and the latest US–China gap on the metrics with
/// the most observations. The one place to switch to the headline query (the report's six answers) when it lands.
/// </summary>
internal static class HomeFigures
{
    /// <summary>How many metrics the home page shows a gap for.</summary>
    public const int Metrics = 6;

    public static HomeView Build(PageRequest request, StoreSession session)
    {
        var gaps = new List<KeyGap>();
        foreach (var m in new MetricsQuery(request.AsOf).Run(session).OrderByDescending(m => m.Observations).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            if (gaps.Count == Metrics)
            {
                break;
            }

            GapResult gap;
            try
            {
                gap = new GapQuery(m.Id, "US,CN", AsOf: request.AsOf).Run(session);
            }
            catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage)
            {
                continue; // a metric on which one of the groups has no model: not a key figure
            }

            if (gap.Points.Count > 0 && gap.Points[^1] is { } p)
            {
                gaps.Add(new KeyGap(m.Id, m.Name, gap.A, gap.B, p.Date, p.A.Model, p.A.Score, p.B.Model, p.B.Score, p.Gap, gap.Unit, gap.Definition, gap.Sources));
            }
        }

        var claims = ClaimsQueries.Run(session.Store, session.Attribution, new ClaimsQuery(AsOf: request.AsOf, Language: request.Text.Code));
        return new HomeView(request.AsOf, gaps, claims);
    }
}
