namespace AiRace.Core.Attribution;

/// <summary>A row of the bundled organizations table: a lab, its spellings, its headquarters country and its namespaces on the Hub and OpenRouter.</summary>
public sealed record OrganizationEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    string Country,
    string SourceUrl,
    IReadOnlyList<string> HubNamespaces,
    IReadOnlyList<string> OpenRouterNamespaces,
    string? Note);
