using AiRace.Application.Validation;
using AiRace.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AiRace.Web.Http;

/// <summary>
/// The one error shape: a <see cref="ProblemDetails"/> whose <c>detail</c> is the application layer's message (it names the
/// bad value and the known ones) and whose <c>input</c> extension names the query parameter it is about.
/// </summary>
internal static class Problems
{
    /// <summary>An error of the application layer as a problem: an unknown metric is 404 (the resource is not there), other usage errors 400.</summary>
    public static ProblemHttpResult From(AiRaceException ex, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(http);
        var input = QueryInput.Of(ex);
        var status = Status(ex);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = Title(status),
            Detail = ex.Message,
            Instance = http.Request.Path + http.Request.QueryString,
        };
        if (input is not null)
        {
            problem.Extensions["input"] = Parameters.Name(input);
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>The status code of an error: an unknown metric is 404, other usage errors 400, an unavailable source 503, the rest 500.</summary>
    public static int Status(AiRaceException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.Kind switch
        {
            ErrorKind.Usage when QueryInput.Of(ex) == "metric" => StatusCodes.Status404NotFound,
            ErrorKind.Usage => StatusCodes.Status400BadRequest,
            ErrorKind.SourceUnavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
    }

    /// <summary>The short title of a status code (the problem's <c>title</c>, the error page's heading).</summary>
    public static string Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status503ServiceUnavailable => "Source unavailable",
        _ => "The store could not answer",
    };

    /// <summary>A 400 problem about query parameter <paramref name="parameter"/>.</summary>
    public static ProblemHttpResult BadRequest(HttpContext http, string parameter, string detail) =>
        From(QueryInput.Error(parameter, detail), http);
}
