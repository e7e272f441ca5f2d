using AiRace.Application.Report.Model;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// Answer 4, adoption on Hugging Face: the leading families by derivative models and the Chinese and US shares of the
/// trending list's downloads, each with its denominator in words, as-of date and source (<c>--all</c> has the tables).
/// </summary>
public sealed class AdoptionHeadlineSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var a = ctx.Headline.Adoption;
        var blocks = new List<ReportBlock>();
        if (a?.Families is { } f)
        {
            var families = f.Shares.Where(s => !GroupNames.IsReserved(s.Key)).OrderByDescending(s => s.Value).ToList();
            if (families.Count >= 2)
            {
                blocks.Add(new ReportParagraph(text.DerivativesFinding(families[0].Key, families[0].Value, families[1].Key, families[1].Value)));
            }

            var coverage = text.Coverage(HubSourceKindNames.FromImporterKind(a.Source!));
            blocks.Add(new ReportParagraph(text.DenominatorLabel(text.DerivativesDenominator(coverage))));
            blocks.Add(new ReportParagraph(text.AsOfAndSource(f.Date, Sources(ctx, f.Sources))));
        }

        if (a?.Downloads is { } d)
        {
            blocks.Add(new ReportParagraph(text.TrendingFinding(d.Date, d.Share("CN"), d.Share("US"))));
            blocks.Add(new ReportParagraph(text.DenominatorLabel(text.DownloadsDenominator(text.Coverage(HubSourceKind.Trending)))));
            blocks.Add(new ReportParagraph(text.AsOfAndSource(d.Date, Sources(ctx, d.Sources))));
        }

        if (blocks.Count == 0)
        {
            blocks.Add(new ReportParagraph(text.NoAdoption));
        }

        yield return new ReportSection("adoption", text.AdoptionHeadlineTitle, blocks);
    }

    /// <summary>The figure's sources, joined for one line.</summary>
    public static string Sources(ReportContext ctx, IReadOnlyList<FigureSource> sources) =>
        string.Join("; ", sources.Select(s => s.Attribution).Distinct(StringComparer.Ordinal));
}
