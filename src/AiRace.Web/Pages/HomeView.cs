using System.Text.Json.Serialization;
using AiRace.Application.Headline;
using AiRace.Application.Report.Model;

namespace AiRace.Web.Pages;

/// <summary>
/// The home page: the report's headline sections in the request's language (<see cref="Document"/>, what the page shows)
/// and <c>headline</c>, the headline query's result (what <c>/index.json</c> serves: the same document as
/// <c>airace report --format json</c>).
/// </summary>
public sealed record HomeView(HeadlineResult Headline, [property: JsonIgnore] ReportDocument Document);
