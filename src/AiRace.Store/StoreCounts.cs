namespace AiRace.Store;

/// <summary>Row counts of the main tables: used to prove that a failed import changed nothing.</summary>
public sealed record StoreCounts(long Imports, long Models, long Organizations, long Observations, long Metrics);
