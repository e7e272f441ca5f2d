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
        var status = ex.Kind switch
        {
            ErrorKind.Usage when input == "metric" => StatusCodes.Status404NotFound,
            ErrorKind.Usage => StatusCodes.Status400BadRequest,
            ErrorKind.SourceUnavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status switch
            {
                StatusCodes.Status404NotFound => "Not found",
                StatusCodes.Status400BadRequest => "Bad request",
                StatusCodes.Status503ServiceUnavailable => "Source unavailable",
                _ => "The store could not answer",
            },
            Detail = ex.Message,
            Instance = http.Request.Path + http.Request.QueryString,
        };
        if (input is not null)
        {
            problem.Extensions["input"] = Parameters.Name(input);
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>A 400 problem about query parameter <paramref name="parameter"/>.</summary>
    public static ProblemHttpResult BadRequest(HttpContext http, string parameter, string detail) =>
        From(QueryInput.Error(parameter, detail), http);
}
