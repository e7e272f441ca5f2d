using AiRace.Core.Domain;

namespace AiRace.Core.Adoption;

/// <summary>The repositories one kind of Hub data describes on one date (one row per repository).</summary>
public sealed record HubSnapshot(HubSourceKind Source, DateOnly Date, IReadOnlyList<HubModelRecord> Rows);
