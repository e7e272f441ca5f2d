using AiRace.Core;

namespace AiRace.Application.Validation;

/// <summary>
/// Marks a usage error with the query input it is about (<c>at</c>, <c>from</c>, <c>to</c>, <c>metric</c>, <c>between</c>,
/// <c>top</c>), so that a front end can name its own control (a CLI option, a form field) without the message naming one.
/// </summary>
public static class QueryInput
{
    private const string Key = "airace.input";

    /// <summary>A usage error about <paramref name="input"/>.</summary>
    public static AiRaceException Error(string input, string message)
    {
        var ex = new AiRaceException(ErrorKind.Usage, message);
        ex.Data[Key] = input;
        return ex;
    }

    /// <summary>The input a usage error is about, or null.</summary>
    public static string? Of(Exception ex) => ex?.Data[Key] as string;
}
