using AiRace.Application;
using AiRace.Application.Trend;
using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>
/// What the odds page shows, from the existing queries: the trend of the gap between the two groups (is it widening?). The
/// one place to switch to the calibrated forecast query (odds, reliability diagram, references) when it lands.
/// </summary>
internal static class OddsFigures
{
    public static OddsView Build(PageRequest request, StoreSession session)
    {
        var metric = CompareApi.Metric(request, session);
        var pair = GroupPair.Of(request);
        var trend = new TrendQuery(metric, pair.Between, AsOf: request.AsOf).Run(session);
        return new OddsView(trend.Metric, trend.Between.Leader, trend.Between.Follower, trend, request.Text.WebOddsPending);
    }
}
