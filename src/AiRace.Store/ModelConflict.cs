namespace AiRace.Store;

/// <summary>
/// One value that one kind of source gives for a field of a model whose sources disagree (see
/// <see cref="AiRaceStore.ModelConflicts"/>): the files of that kind that give it, their first and last dates, the value
/// that won the field, whether this value is it, and the precedence rule that decided.
/// </summary>
/// <param name="Key">The model key.</param>
/// <param name="Name">The model's merged display name.</param>
/// <param name="Field"><c>openness</c>, <c>release_date</c> (<c>YYYY-MM-DD</c>) or <c>organization</c>.</param>
/// <param name="Value">The value these sources give.</param>
/// <param name="SourceKind">The importer kind (an LMArena daily board, an Artificial Analysis snapshot, a Hub snapshot …).</param>
/// <param name="Files">How many files (imports) of that kind give this value.</param>
/// <param name="FirstDate">The oldest of those files' dates (retrieval, snapshot folder, or latest observation).</param>
/// <param name="LastDate">The newest of those dates.</param>
/// <param name="LatestFile">The newest of those files (its path as imported).</param>
/// <param name="Winner">The value the merge chose for the field.</param>
/// <param name="Won">Whether this value is the winner (organizations: the same canonical organization).</param>
/// <param name="Rule">The rule that separated the winner from the runner-up (see the README's precedence table).</param>
public sealed record ModelConflict(
    string Key, string Name, string Field, string Value, string SourceKind, int Files, DateOnly? FirstDate, DateOnly? LastDate,
    string LatestFile, string Winner, bool Won, string Rule);
