using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/odds?metric=&amp;a=&amp;b=</c>: the calibrated odds that the group behind overtakes the group ahead (see <see cref="OddsFigures"/>).</summary>
internal static class OddsApi
{
    public static DashboardPage<OddsView> Page { get; } = new("/odds", OddsFigures.Build, typeof(OddsPage), Worded: true);

    public static IEndpointRouteBuilder MapOddsApi(this IEndpointRouteBuilder app) => app.MapPage(Page);
}
