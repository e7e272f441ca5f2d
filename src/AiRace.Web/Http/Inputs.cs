using AiRace.Application.Validation;
using AiRace.Core;

namespace AiRace.Web.Http;

/// <summary>The application layer's parses of a query parameter, with the usage error marked as being about that parameter.</summary>
internal static class Inputs
{
    /// <summary><see cref="Choice.Parse{T}"/> of parameter <paramref name="name"/>.</summary>
    public static T Choose<T>(string name, string? text, IReadOnlyList<(string Name, T Value)> choices) =>
        About(name, () => Choice.Parse(name, text, choices));

    /// <summary><see cref="DateText.Parse"/> of parameter <paramref name="name"/>.</summary>
    public static DateOnly? Date(string name, string? text) => About(name, () => DateText.Parse(name, text));

    /// <summary>Runs a parse; a usage error without an input is marked as being about <paramref name="name"/>.</summary>
    public static T About<T>(string name, Func<T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse();
        }
        catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage && QueryInput.Of(ex) is null)
        {
            throw QueryInput.Error(name, ex.Message);
        }
    }
}
