using AiRace.Sources.Live;

namespace AiRace.Cli.Update;

/// <summary>The JSON summary of <c>airace update</c>: counts by outcome and one entry per source.</summary>
internal sealed record UpdateSummary(int Updated, int Unchanged, int Skipped, int Failed, IReadOnlyList<SourceRunResult> Sources)
{
    public static UpdateSummary Of(IReadOnlyList<SourceRunResult> results) => new(
        results.Count(r => r.Status == SourceRunStatus.Updated),
        results.Count(r => r.Status == SourceRunStatus.Unchanged),
        results.Count(r => r.Status == SourceRunStatus.Skipped),
        results.Count(r => r.Status == SourceRunStatus.Failed),
        results);

    public string Text() =>
        $"{Updated} updated, {Unchanged} unchanged, {Skipped} skipped, {Failed} failed" +
        (Failed > 0 ? $" ({string.Join(", ", Sources.Where(s => s.Status == SourceRunStatus.Failed).Select(s => s.Source))})." : ".");

    public static string Line(SourceRunResult r) => r.Status switch
    {
        SourceRunStatus.Updated => $"{r.Source,-20} updated    {r.Requests,5} requests {Size(r.Bytes),10} {r.Rows,10} rows  import {r.ImportId}",
        SourceRunStatus.Unchanged => $"{r.Source,-20} unchanged  {r.Requests,5} requests  {r.Message}",
        SourceRunStatus.Skipped => $"{r.Source,-20} skipped    {r.Message}",
        _ => $"{r.Source,-20} FAILED     {r.Message}",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.0} MB",
    };
}
