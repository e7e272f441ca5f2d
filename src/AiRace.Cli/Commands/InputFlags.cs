using AiRace.Application.Validation;
using AiRace.Core;

namespace AiRace.Cli.Commands;

/// <summary>
/// Runs a query and, when it refuses an input, puts the option that gave it in front of the message
/// (<c>--at: Both one date …</c>): the application layer's messages name values and fixes, the CLI names its options.
/// </summary>
internal static class InputFlags
{
    /// <summary>The common inputs and their options.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["at"] = "--at", ["from"] = "--from", ["to"] = "--to", ["metric"] = "--metric", ["between"] = "--between", ["top"] = "--top",
        ["org"] = "--org", ["country"] = "--country",
    };

    public static T Run<T>(Func<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            return query();
        }
        catch (AiRaceException ex) when (QueryInput.Of(ex) is { } input && Flags.TryGetValue(input, out var flag))
        {
            throw new AiRaceException(ex.Kind, $"{flag}: {ex.Message}", ex);
        }
    }
}
