using AiRace.Core.Figures;
using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>A share figure's long-form CSV (the page shows it with <see cref="ShareFigureView"/>).</summary>
internal static class ShareTable
{
    public static CsvTable Csv(ShareFigure f) => new(
        ["date", "group", "share", "value", "total"],
        [.. f.Points.SelectMany(p => p.Shares.Select(s => (IReadOnlyList<string?>)
        [
            CsvTable.Date(p.Date), s.Key, CsvTable.Number(s.Value), CsvTable.Number(p.Values.TryGetValue(s.Key, out var v) ? v : null), CsvTable.Number(p.Total),
        ]))]);
}
