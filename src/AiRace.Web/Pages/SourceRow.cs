using AiRace.Store;

namespace AiRace.Web.Pages;

/// <summary>
/// One import as the dashboard publishes it (JSON keys): <c>kind</c>, <c>file</c>, <c>sha256</c>, <c>bytes</c>, <c>rows</c>,
/// <c>imported_at</c>, <c>retrieved_at</c>, <c>attribution</c>. The server's file path is left out.
/// </summary>
public sealed record SourceRow(string Kind, string File, string Sha256, long Bytes, long Rows, DateTimeOffset ImportedAt, DateTimeOffset? RetrievedAt, string Attribution)
{
    public static SourceRow Of(ImportRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.SourceKind, r.FileName, r.Sha256, r.Bytes, r.Rows, r.ImportedAt, r.RetrievedAt, r.Attribution);
    }
}
