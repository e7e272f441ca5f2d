namespace AiRace.Core.Domain;

/// <summary>A repository's place (1 = first) on the Hugging Face Hub trending list of one snapshot date.</summary>
public sealed record HubTrendingEntry(DateOnly SnapshotDate, int Rank, string RepoId);
