namespace AiRace.Core.Domain;

/// <summary>
/// One model's tokens in one week of a usage ranking (OpenRouter's), with what the file says about its own coverage.
/// </summary>
/// <param name="SourceDate">The date the file gives (a Sunday that ends the week, or the Monday the ranking was read).</param>
/// <param name="Week">The Monday that starts the Monday–Sunday week the tokens cover.</param>
/// <param name="Slug">The source's slug, variant included (<c>deepseek/deepseek-r1:free</c>).</param>
/// <param name="BaseSlug">The slug without its <c>:variant</c> suffix.</param>
/// <param name="Variant">The suffix after ':' (<c>free</c>, <c>beta</c>, <c>thinking</c>), or null.</param>
/// <param name="IsFree">True for the free route (the <c>:free</c> suffix; the file's own flag is unreliable).</param>
/// <param name="SourceIsFree">The file's <c>is_free</c> flag, when it is trustworthy; null otherwise.</param>
/// <param name="Name">The display name the file gives.</param>
/// <param name="Rank">The model's rank in the week (1 = most tokens).</param>
/// <param name="TotalTokens">The model's tokens in the week.</param>
/// <param name="PercentChange">Week-over-week change in % as the file gives it (0 for new entries up to 2026-02-08).</param>
/// <param name="ListedModels">How many models the file lists for that week (the top N).</param>
/// <param name="ListedTotal">The file's <c>total_tokens</c>: the sum over the listed models only.</param>
/// <param name="SourceTotal">Tokens of all models that week, when the source gives them; null when it does not.</param>
/// <param name="HasOtherRow">True when the source gives an "other models" row, so that listed + other = all traffic.</param>
public sealed record UsageRecord(
    DateOnly SourceDate,
    DateOnly Week,
    string Slug,
    string BaseSlug,
    string? Variant,
    bool IsFree,
    bool? SourceIsFree,
    string Name,
    int Rank,
    long TotalTokens,
    double? PercentChange,
    int ListedModels,
    long ListedTotal,
    long? SourceTotal,
    bool HasOtherRow);
