namespace AiRace.Core.Domain;

/// <summary>Where an import came from, and what the publisher asks to be credited with.</summary>
public sealed record DataOrigin(string SourceKind, string Attribution, DateOnly? RetrievedOn = null);
