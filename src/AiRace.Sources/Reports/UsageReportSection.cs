using System.Globalization;
using AiRace.Core.Figures;
using AiRace.Core.Usage;
using AiRace.Store;

namespace AiRace.Sources.Reports;

/// <summary>
/// The report's usage section: the Chinese and US shares of the OpenRouter tokens of the listed (top-N) models in the latest
/// and first weeks, the week the Chinese share first exceeded the US share, open vs closed, and the last weeks as a table.
/// </summary>
public static class UsageReportSection
{
    /// <summary>How many recent weeks the table shows.</summary>
    public const int TableWeeks = 8;

    /// <param name="store">The store.</param>
    /// <param name="figures">Builds a usage figure from the store (the application layer's figure builder).</param>
    /// <param name="language"><c>en</c> or <c>vi</c>.</param>
    public static ReportSectionModel Build(AiRaceStore store, Func<UsageQuery, ShareFigure> figures, string language)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = ReportText.For(language);
        var rows = store.UsageRows();
        if (rows.Count == 0)
        {
            return new ReportSectionModel("usage", language, text.UsageTitle, [text.NoUsage], [], [], [], []);
        }

        var byCountry = figures(new UsageQuery(UsageGrouping.Country));
        var byOpenness = figures(new UsageQuery(UsageGrouping.Openness));
        var topN = string.Join('/', rows.Select(r => r.ListedModels).Distinct().Order());
        var first = byCountry.Points[0];
        var last = byCountry.Points[^1];
        var findings = new List<string>
        {
            text.UsageLatest(last.Date, Share(last, "CN"), Share(last, "US"), topN),
            text.UsageFirst(first.Date, Share(first, "CN"), Share(first, "US")),
        };
        if (byCountry.Crossings.FirstOrDefault(c => c is { Group: "CN", Passed: "US", First: true }) is { } crossing)
        {
            findings.Add(text.UsageCrossing(crossing.Date));
        }

        var open = byOpenness.Points[^1];
        findings.Add(text.UsageOpenness(open.Date, Share(open, "open"), Share(open, "closed"), Share(open, GroupNames.Unknown)));

        var table = new ReportTable(
            text.UsageTableCaption(Math.Min(TableWeeks, byCountry.Points.Count)),
            [text.Week, "CN", "US", text.Others, text.ListedTokens],
            byCountry.Points.TakeLast(TableWeeks).Select(p => (IReadOnlyList<string>)
            [
                p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Percent(Share(p, "CN")), Percent(Share(p, "US")),
                Percent(Math.Max(0, 1 - Share(p, "CN") - Share(p, "US"))), text.Trillions(p.Total),
            ]).ToList());
        var unresolved = rows.Where(r => r.BaseSlug.StartsWith("openrouter/", StringComparison.Ordinal)).Select(r => r.BaseSlug).Distinct().Count();
        return new ReportSectionModel(
            "usage", language, text.UsageTitle, findings, [table], [text.UsageDefinition(topN)],
            unresolved > 0 ? [text.UsageUnresolved(unresolved)] : [], byCountry.Sources);
    }

    private static double Share(SharePoint p, string group) => p.Shares.GetValueOrDefault(group);

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
