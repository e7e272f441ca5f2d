namespace AiRace.Sources.Tests.Fuzz;

/// <summary>What a fuzz run saw: inputs tried, refused with one line, accepted (imported or skipped as an unknown shape), and the escapes.</summary>
internal sealed record FuzzCounts(int Tried, int Refused, int Accepted, int Skipped, IReadOnlyList<string> Escapes, IReadOnlyDictionary<string, int> TriedPerKind);
