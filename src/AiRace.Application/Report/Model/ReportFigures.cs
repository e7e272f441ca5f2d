namespace AiRace.Application.Report.Model;

/// <summary>A table of figures, each with its value, as-of date, definition and source; <see cref="Headers"/> name the shown columns in the report's language.</summary>
public sealed record ReportFigures(IReadOnlyList<string> Headers, IReadOnlyList<ReportFigure> Figures) : ReportBlock
{
    /// <summary>The shown cells of each figure (label, value, as of, definition), under <see cref="Headers"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => [.. Figures.Select(f => (IReadOnlyList<string>)[f.Label, f.Value, f.AsOf, f.Definition])];
}
