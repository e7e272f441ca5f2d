namespace AiRace.Store;

/// <summary>What one import did: a new import id and its row count, or nothing because the same content was imported before.</summary>
public sealed record ImportOutcome(long ImportId, long Rows, bool AlreadyImported);
