namespace AiRace.Core.Attribution;

/// <summary>
/// The bundled organizations table: looks a lab up by its canonical name or any alias (exact, after
/// <see cref="OrganizationNames.Key"/>), and by its Hugging Face Hub or OpenRouter namespace.
/// </summary>
public sealed class OrganizationDirectory
{
    private readonly Dictionary<string, OrganizationEntry> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganizationEntry> _byHub = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, OrganizationEntry> _byOpenRouter = new(StringComparer.OrdinalIgnoreCase);

    public OrganizationDirectory(IEnumerable<OrganizationEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<OrganizationEntry>();
        foreach (var e in entries)
        {
            list.Add(e);
            foreach (var spelling in e.Aliases.Prepend(e.Name))
            {
                var key = OrganizationNames.Key(spelling);
                if (_byName.TryGetValue(key, out var other) && !ReferenceEquals(other, e))
                {
                    throw new AiRaceException(
                        ErrorKind.BadData,
                        $"Organization spelling '{spelling}' is listed for both '{other.Name}' and '{e.Name}'. Keep it on one row.");
                }

                _byName[key] = e;
            }

            foreach (var ns in e.HubNamespaces)
            {
                _byHub.TryAdd(ns, e);
            }

            foreach (var ns in e.OpenRouterNamespaces)
            {
                _byOpenRouter.TryAdd(ns, e);
            }
        }

        Entries = list;
    }

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<OrganizationEntry> Entries { get; }

    /// <summary>The entry whose name or alias equals <paramref name="organization"/> (case and spacing aside), or null.</summary>
    public OrganizationEntry? Find(string? organization) =>
        string.IsNullOrWhiteSpace(organization) ? null : _byName.GetValueOrDefault(OrganizationNames.Key(organization));

    /// <summary>The entry owning a Hugging Face Hub namespace (the part of a repo id before '/').</summary>
    public OrganizationEntry? FindByHubNamespace(string? ns) =>
        string.IsNullOrWhiteSpace(ns) ? null : _byHub.GetValueOrDefault(ns.Trim());

    /// <summary>The entry owning an OpenRouter slug prefix (the part of a slug before '/').</summary>
    public OrganizationEntry? FindByOpenRouterNamespace(string? ns) =>
        string.IsNullOrWhiteSpace(ns) ? null : _byOpenRouter.GetValueOrDefault(ns.Trim());
}
