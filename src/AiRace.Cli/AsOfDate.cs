using System.CommandLine.Parsing;
using AiRace.Application.Validation;

namespace AiRace.Cli;

/// <summary>Parses <c>--as-of YYYY-MM-DD</c> for System.CommandLine with the application layer's one date parser and message.</summary>
internal static class AsOfDate
{
    public static DateOnly? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateText.TryParse(text, out var date))
        {
            return date;
        }

        result.AddError(DateText.Message("--as-of", text));
        return null;
    }
}
