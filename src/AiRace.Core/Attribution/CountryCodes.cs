namespace AiRace.Core.Attribution;

/// <summary>
/// Country names as sources spell them (Epoch's full English names) → ISO 3166-1 alpha-2. A comma-joined list resolves
/// only when every part names the same country (<c>China,China</c> → CN); a genuinely multi-country value resolves to null,
/// so the policy falls through to the organization tables.
/// </summary>
public static class CountryCodes
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States of America"] = "US", ["United States"] = "US", ["USA"] = "US", ["US"] = "US",
        ["China"] = "CN", ["CN"] = "CN", ["Hong Kong"] = "HK", ["Taiwan"] = "TW",
        ["United Kingdom of Great Britain and Northern Ireland"] = "GB", ["United Kingdom"] = "GB", ["UK"] = "GB",
        ["France"] = "FR", ["Germany"] = "DE", ["Canada"] = "CA", ["Israel"] = "IL", ["Japan"] = "JP",
        ["Korea (Republic of)"] = "KR", ["South Korea"] = "KR", ["Republic of Korea"] = "KR", ["Korea"] = "KR",
        ["United Arab Emirates"] = "AE", ["India"] = "IN", ["Singapore"] = "SG", ["Switzerland"] = "CH",
        ["Netherlands"] = "NL", ["Sweden"] = "SE", ["Finland"] = "FI", ["Russia"] = "RU", ["Russian Federation"] = "RU",
        ["Australia"] = "AU", ["Italy"] = "IT", ["Spain"] = "ES", ["Poland"] = "PL", ["Austria"] = "AT",
        ["Belgium"] = "BE", ["Denmark"] = "DK", ["Norway"] = "NO", ["Ireland"] = "IE", ["Czechia"] = "CZ",
        ["Brazil"] = "BR", ["Saudi Arabia"] = "SA", ["Qatar"] = "QA", ["Iran (Islamic Republic of)"] = "IR",
        ["Turkey"] = "TR", ["Türkiye"] = "TR", ["Viet Nam"] = "VN", ["Vietnam"] = "VN", ["Indonesia"] = "ID",
        ["Thailand"] = "TH", ["Malaysia"] = "MY", ["Greece"] = "GR", ["Portugal"] = "PT", ["Hungary"] = "HU",
        ["Estonia"] = "EE", ["Luxembourg"] = "LU", ["Kazakhstan"] = "KZ", ["Ukraine"] = "UA", ["Egypt"] = "EG",
        ["South Africa"] = "ZA", ["Nigeria"] = "NG", ["Chile"] = "CL", ["Mexico"] = "MX", ["Argentina"] = "AR",
        ["New Zealand"] = "NZ", ["Pakistan"] = "PK", ["Bangladesh"] = "BD", ["Philippines"] = "PH",
        ["Armenia"] = "AM", ["Croatia"] = "HR", ["Lebanon"] = "LB", ["Lithuania"] = "LT", ["Macao"] = "MO", ["Slovenia"] = "SI",

        // Epoch's "Multinational" is deliberately absent: it names no country, so a value containing it resolves to null.
    };

    /// <summary>The ISO code for one country name or a comma-joined list of the same country; null when unknown, blank or multi-country.</summary>
    public static string? FromName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string? found = null;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ByName.TryGetValue(part, out var code))
            {
                return null;
            }

            if (found is not null && found != code)
            {
                return null;
            }

            found = code;
        }

        return found;
    }

    /// <summary>An ISO alpha-2 code as given by a source (<c>us</c>, <c>cn</c>), upper-cased; null when not two letters.</summary>
    public static string? FromIso(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]) ? code.ToUpperInvariant() : null;
}
