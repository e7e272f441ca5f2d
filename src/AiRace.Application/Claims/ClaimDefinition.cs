using AiRace.Core.Claims;

namespace AiRace.Application.Claims;

/// <summary>
/// One dated public statement and the testable claim drawn from it: a row of <c>Resources/claims.csv</c> or of a user's
/// <c>--claims FILE</c>. The parameters after <see cref="Type"/> are the verdict rule's inputs; which ones a type needs is
/// checked when the file is read (<see cref="ClaimsFile"/>).
/// </summary>
/// <param name="Id">A short unique id.</param>
/// <param name="Who">Who said it.</param>
/// <param name="Date">When it was said or published.</param>
/// <param name="Language">The language of <paramref name="QuoteOriginal"/> (ISO 639-1).</param>
/// <param name="QuoteOriginal">The quote in its original language.</param>
/// <param name="QuoteEn">The quote in English (a translation when the original is not English).</param>
/// <param name="SourceUrl">Where it was published.</param>
/// <param name="Claim">The claim in testable form, in English.</param>
/// <param name="ClaimVi">The claim in Vietnamese, or null (the English text is shown).</param>
/// <param name="Type">The verdict rule.</param>
/// <param name="Metrics">Metric ids (performance claims) or measure names (<c>downloads</c>, <c>token-share</c>).</param>
/// <param name="Groups">The groups: <c>US,CN</c>, <c>closed,open</c>, <c>family:Qwen,family:Llama</c>, <c>CN&amp;open</c>.</param>
/// <param name="Thresholds">The thresholds, one per metric for <c>count-above</c>, else one.</param>
/// <param name="WindowMonths">The window (trend, share change, snapshots) or the horizon (odds), in months.</param>
/// <param name="From">The window's first date, where the rule needs one.</param>
/// <param name="To">The date the figure is read at (or the window's end); default <paramref name="Date"/>.</param>
/// <param name="Low">A stated range's low end (months behind).</param>
/// <param name="High">A stated range's high end.</param>
/// <param name="Data">The kind of data the claim needs, when one kind can test it and another cannot (<c>listing</c>).</param>
/// <param name="Command">The AiRace command that shows the figure.</param>
/// <param name="WhoVi">Who said it, in Vietnamese, or null (optional column <c>who_vi</c>).</param>
public sealed record ClaimDefinition(
    string Id,
    string Who,
    DateOnly Date,
    string Language,
    string QuoteOriginal,
    string QuoteEn,
    string SourceUrl,
    string Claim,
    string? ClaimVi,
    ClaimType Type,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<string> Groups,
    IReadOnlyList<double> Thresholds,
    int? WindowMonths,
    DateOnly? From,
    DateOnly? To,
    double? Low,
    double? High,
    string? Data,
    string Command,
    string? WhoVi = null)
{
    /// <summary>The date the figure is read at: <see cref="To"/>, else the claim's own date.</summary>
    public DateOnly ReadAt => To ?? Date;
}
