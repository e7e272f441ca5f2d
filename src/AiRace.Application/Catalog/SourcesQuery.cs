using AiRace.Store;

namespace AiRace.Application.Catalog;

/// <summary>Every import (kind, file, sha256, rows, times, attribution), or every archived response of the live sources.</summary>
/// <param name="AsOf">Only live imports retrieved on or before this date (file imports always count, as in every as-of query); null for every import.</param>
public sealed record SourcesQuery(DateOnly? AsOf = null)
{
    public IReadOnlyList<ImportRecord> Imports(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. session.Store.Imports().Where(i => i.RetrievedAt is not { } at || Known(at))];
    }

    public IReadOnlyList<ArchivedResponse> Archive(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. session.Store.Archive().Where(a => Known(a.RetrievedAt))];
    }

    private bool Known(DateTimeOffset at) => AsOf is not { } d || DateOnly.FromDateTime(at.UtcDateTime) <= d;
}
