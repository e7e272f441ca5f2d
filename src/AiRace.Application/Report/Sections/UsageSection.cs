using AiRace.Application.Report.Model;
using AiRace.Core.Figures;
using AiRace.Core.Usage;
using AiRace.Application.Shares;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// The usage section: the Chinese and US shares of the OpenRouter tokens of the listed (top-N) models in the latest and first
/// weeks, the week the Chinese share first exceeded the US share, open vs closed, and the last weeks as a table.
/// </summary>
public sealed class UsageSection : IReportSectionBuilder
{
    /// <summary>How many recent weeks the table shows.</summary>
    public const int TableWeeks = 8;

    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var rows = ctx.Store.UsageRows();
        if (rows.Count == 0)
        {
            yield return ShareSection.Build(ctx, "usage-tables", text.UsageTitle, [text.NoUsage], [], [], [], []);
            yield break;
        }

        var byCountry = UsageFigureBuilder.Build(ctx.Store, ctx.Frontiers.Policy, new UsageSelection(UsageGrouping.Country), asOf: ctx.Frontiers.AsOf);
        var byOpenness = UsageFigureBuilder.Build(ctx.Store, ctx.Frontiers.Policy, new UsageSelection(UsageGrouping.Openness), asOf: ctx.Frontiers.AsOf);
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
            [text.ColumnWeek, text.Group("CN"), text.Group("US"), text.ColumnOthers, text.ColumnListedTokens],
            [.. byCountry.Points.TakeLast(TableWeeks).Select(p => (IReadOnlyList<string>)
            [
                text.Date(p.Date), text.Share(Share(p, "CN")), text.Share(Share(p, "US")),
                text.Share(Math.Max(0, 1 - Share(p, "CN") - Share(p, "US"))), text.Trillions(p.Total),
            ])],
            text.UsageTableCaption(Math.Min(TableWeeks, byCountry.Points.Count)));
        var unresolved = rows.Where(r => r.BaseSlug.StartsWith("openrouter/", StringComparison.Ordinal)).Select(r => r.BaseSlug).Distinct().Count();
        yield return ShareSection.Build(
            ctx, "usage-tables", text.UsageTitle, findings, [table], [text.UsageDefinition(topN)],
            unresolved > 0 ? [text.UsageUnresolved(unresolved)] : [], byCountry.Sources);
    }

    private static double Share(SharePoint p, string group) => p.Shares.GetValueOrDefault(group);
}
