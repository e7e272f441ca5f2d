using AiRace.Application;
using AiRace.Application.Odds;
using AiRace.Application.Report.Sections;
using AiRace.Application.Validation;
using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>What the odds page shows: the calibrated forecast for the pair (<see cref="OvertakeOdds"/>, the report's and the CLI's), worded by the report's odds section.</summary>
internal static class OddsFigures
{
    public static OddsView Build(PageRequest request, StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var t = request.Text;
        var metric = MetricIds.Resolve(session.Store, CompareApi.Metric(request, session));
        var pair = GroupPair.Of(request);
        if (OvertakeOdds.Forecast(session, metric.Id, pair.Between, request.AsOf) is not { } result)
        {
            return new OddsView(metric.Id, pair.A, pair.B, null, [], t.OddsNone);
        }

        var blocks = OddsSection.Blocks(result, t.MetricName(metric.Id, metric.Name), t.Group(result.Leader), t.Group(result.Follower), t);
        return new OddsView(metric.Id, pair.A, pair.B, result, blocks, null);
    }
}
