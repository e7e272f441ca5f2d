using AiRace.Core;
using AiRace.Core.Adoption;

namespace AiRace.Application.Claims;

/// <summary>An adoption group of a claim: a country (<c>CN</c>), a lab (<c>lab:Alibaba</c>) or a family (<c>family:Qwen</c>).</summary>
internal sealed record AdoptionGroup(AdoptionGrouping By, string Name)
{
    public string Label => By switch
    {
        AdoptionGrouping.Family => $"family {Name}",
        AdoptionGrouping.Lab => $"lab {Name}",
        _ => Name,
    };

    public static AdoptionGroup Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("family:", StringComparison.OrdinalIgnoreCase) && t.Length > 7)
        {
            return new AdoptionGroup(AdoptionGrouping.Family, t[7..].Trim());
        }

        if (t.StartsWith("lab:", StringComparison.OrdinalIgnoreCase) && t.Length > 4)
        {
            return new AdoptionGroup(AdoptionGrouping.Lab, t[4..].Trim());
        }

        return t.Length == 2 && t.All(char.IsAsciiLetter)
            ? new AdoptionGroup(AdoptionGrouping.Country, t.ToUpperInvariant())
            : throw new AiRaceException(
                ErrorKind.BadData, $"The adoption group '{text}' is not a country code (CN), 'lab:NAME' or 'family:NAME'. Fix the claim's 'groups' column.");
    }
}
