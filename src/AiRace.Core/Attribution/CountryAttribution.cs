using AiRace.Core.Domain;

namespace AiRace.Core.Attribution;

/// <summary>
/// The visible country attribution policy. For a model it tries, in order: the user's override CSV (by organization);
/// the bundled organizations table (a hand-curated headquarters call with its source, so it beats a source's field:
/// Google DeepMind is US even where Epoch's country column says GB); the source's own single-country field; an imported
/// Epoch organizations table; otherwise <see cref="AttributionRule.Unresolved"/>. It never matches by substring.
/// </summary>
public sealed class CountryAttribution
{
    private readonly OrganizationDirectory _bundled;
    private readonly Dictionary<string, OrganizationRecord> _imported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _overrides = new(StringComparer.Ordinal);

    /// <param name="bundled">The bundled organizations table.</param>
    /// <param name="imported">Organization rows from imported tables (Epoch); the first row for a name wins. Countries are ISO codes or null.</param>
    /// <param name="overrides">Organization → ISO country from the user's CSV.</param>
    public CountryAttribution(
        OrganizationDirectory bundled,
        IEnumerable<OrganizationRecord>? imported = null,
        IEnumerable<KeyValuePair<string, string>>? overrides = null)
    {
        _bundled = bundled ?? throw new ArgumentNullException(nameof(bundled));
        foreach (var o in imported ?? [])
        {
            _imported.TryAdd(OrganizationNames.Key(o.Name), o with { Name = o.Name.Trim() });
        }

        foreach (var (org, country) in overrides ?? [])
        {
            _overrides[OrganizationNames.Key(org)] = country;
        }
    }

    /// <summary>The bundled table this policy uses.</summary>
    public OrganizationDirectory Bundled => _bundled;

    /// <summary>The canonical organization name: the bundled table's, else the imported table's spelling, else the name as given (trimmed).</summary>
    public string? CanonicalOrganization(string? organization)
    {
        if (string.IsNullOrWhiteSpace(organization))
        {
            return null;
        }

        return _bundled.Find(organization)?.Name
            ?? (_imported.TryGetValue(OrganizationNames.Key(organization), out var o) ? o.Name : organization.Trim());
    }

    /// <summary>Resolves a model's country from its organization and the source's own country field (an ISO code, or null).</summary>
    public CountryResolution Resolve(string? organization, string? sourceCountry)
    {
        var canonical = CanonicalOrganization(organization);
        if (canonical is not null)
        {
            if (_overrides.TryGetValue(OrganizationNames.Key(canonical), out var o) ||
                (organization is not null && _overrides.TryGetValue(OrganizationNames.Key(organization), out o)))
            {
                return new CountryResolution(o, AttributionRule.Override, canonical);
            }
        }

        if (_bundled.Find(organization) is { } entry && !string.IsNullOrEmpty(entry.Country))
        {
            return new CountryResolution(entry.Country, AttributionRule.Bundled, entry.Name);
        }

        if (!string.IsNullOrWhiteSpace(sourceCountry))
        {
            return new CountryResolution(sourceCountry.Trim().ToUpperInvariant(), AttributionRule.Source, canonical);
        }

        if (organization is not null && _imported.TryGetValue(OrganizationNames.Key(organization), out var imported) && imported.Country is not null)
        {
            return new CountryResolution(imported.Country, AttributionRule.Epoch, canonical);
        }

        if (organization is not null && organization.Contains(',', StringComparison.Ordinal))
        {
            return ResolveJoint(organization);
        }

        return new CountryResolution(null, AttributionRule.Unresolved, canonical);
    }

    /// <summary>
    /// A model credited to several organizations (<c>Google DeepMind,Google Research</c>) gets a country only when every
    /// listed organization resolves to the same one; its organization is the first listed. Otherwise it stays unresolved.
    /// </summary>
    private CountryResolution ResolveJoint(string organization)
    {
        var parts = organization.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var first = CanonicalOrganization(parts[0]);
        string? country = null;
        var rule = AttributionRule.Bundled;
        foreach (var part in parts)
        {
            var r = Resolve(part, null);
            if (r.Country is null || (country is not null && country != r.Country))
            {
                return new CountryResolution(null, AttributionRule.Unresolved, first);
            }

            country = r.Country;
            rule = (AttributionRule)Math.Max((int)rule, (int)r.Rule);
        }

        return new CountryResolution(country, rule, first);
    }
}
