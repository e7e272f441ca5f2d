using AiRace.Core.Attribution;

namespace AiRace.Sources.Live;

/// <summary>What a deriver may use besides the responses: the source kind, the retrieval time (snapshot date) and the organizations table.</summary>
internal sealed record DeriveContext(string SourceKind, DateTimeOffset RetrievedAt, OrganizationDirectory Organizations)
{
    /// <summary>The UTC date of the retrieval: the date of snapshot figures.</summary>
    public DateOnly SnapshotDate => DateOnly.FromDateTime(RetrievedAt.UtcDateTime);
}
