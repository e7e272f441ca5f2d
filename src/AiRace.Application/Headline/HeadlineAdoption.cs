namespace AiRace.Application.Headline;

/// <summary>
/// Adoption on Hugging Face: <c>families</c> (derivative models by family on the latest snapshot with lineage, top
/// <see cref="HeadlineShares.TopFamilies"/>), <c>source</c> (the Hub data kind counted) and <c>downloads</c> (30-day
/// downloads of the latest trending list by country); either is null when the store has no such data.
/// </summary>
public sealed record HeadlineAdoption(HeadlineShare? Families, string? Source, HeadlineShare? Downloads);
