using AiRace.Application;
using AiRace.Application.Frontiers;
using AiRace.Application.Report;
using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>What the home page shows: the report's headline (its six answers: how far ahead, widening, the odds, adoption, usage, the claims), built by the report's own section builders.</summary>
internal static class HomeFigures
{
    public static HomeView Build(PageRequest request, StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ctx = new ReportContext(session.Store, new FrontierSource(session, request.AsOf), request.Text, starterLoaded: false, session);
        return new HomeView(ctx.Headline, ReportBuilder.Build(ctx, ReportSections.Headline));
    }
}
