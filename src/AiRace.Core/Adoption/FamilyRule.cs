namespace AiRace.Core.Adoption;

/// <summary>
/// A named model family (Qwen, Llama, Gemma, ...): the lab that publishes it, the repository-id prefixes of its own
/// repositories (<c>Qwen/</c>, <c>google/gemma</c>), and the name prefixes that identify a re-upload of it by someone else
/// (<c>qwen</c>, <c>gemma</c>), with a source for the facts.
/// </summary>
public sealed record FamilyRule(
    string Name,
    string Lab,
    IReadOnlyList<string> HubPrefixes,
    IReadOnlyList<string> NamePrefixes,
    string SourceUrl);
