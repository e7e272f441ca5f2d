using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Core.Usage;

namespace AiRace.Application.Claims;

/// <summary>A usage group of a claim: a country, an openness, or both joined by <c>&amp;</c> (<c>CN&amp;open</c>: Chinese open models).</summary>
internal sealed record UsageGroup(string Label, string? Country, Openness? Openness)
{
    public static UsageGroup Parse(string text)
    {
        string? country = null;
        Openness? openness = null;
        foreach (var part in text.Split('&', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals("open", StringComparison.OrdinalIgnoreCase) || part.Equals("closed", StringComparison.OrdinalIgnoreCase))
            {
                openness = OpennessNames.Parse(part.ToLowerInvariant());
            }
            else if (part.Length == 2 && part.All(char.IsAsciiLetter))
            {
                country = part.ToUpperInvariant();
            }
            else
            {
                throw new AiRaceException(
                    ErrorKind.BadData, $"The usage group '{text}' is not a country code, 'open' or 'closed', or both joined by '&' (CN&open). Fix the claim's 'groups' column.");
            }
        }

        return new UsageGroup(text, country, openness);
    }

    public bool Contains(OpenRouterModel model) =>
        (Country is null || model.Country == Country) && (Openness is null || model.Openness == Openness);
}
