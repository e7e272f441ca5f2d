namespace AiRace.Store;

/// <summary>
/// One thing <see cref="AiRaceStore.CheckIntegrity"/> found wrong. <c>Kind</c> is <c>orphan-rows</c>, <c>archive-without-rows</c>
/// or <c>count-mismatch</c>; <c>Detail</c> says it in one sentence.
/// </summary>
public sealed record IntegrityProblem(string Kind, string Table, long Rows, long? ImportId, string Detail);
