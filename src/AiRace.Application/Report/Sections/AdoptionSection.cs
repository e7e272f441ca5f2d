using AiRace.Application.Report.Model;
using AiRace.Core;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;
using AiRace.Application.Shares;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// The adoption section: derivative models by family (from the data that carries base_model lineage) and the latest trending
/// list's downloads by country, each with what the source counts.
/// </summary>
public sealed class AdoptionSection : IReportSectionBuilder
{
    /// <summary>How many families the derivatives table shows.</summary>
    public const int TopFamilies = 8;

    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var findings = new List<string>();
        var tables = new List<ReportTable>();
        var definitions = new List<string>();
        var notes = new List<string>();
        var sources = new List<FigureSource>();

        if (TryBuild(ctx, new AdoptionSelection(AdoptionGrouping.Family, AdoptionMeasure.Derivatives, Top: TopFamilies), null) is { } derivatives)
        {
            var (figure, source) = derivatives;
            var p = figure.Points[^1];
            var families = p.Shares.Where(s => !GroupNames.IsReserved(s.Key)).OrderByDescending(s => s.Value).ToList();
            if (families.Count >= 2)
            {
                findings.Add(text.DerivativesFinding(families[0].Key, families[0].Value, families[1].Key, families[1].Value));
            }

            tables.Add(new ReportTable(
                [text.ColumnFamily, text.ColumnDerivatives, text.ColumnShare],
                [.. p.Shares.OrderByDescending(s => s.Value).Select(s => (IReadOnlyList<string>)[text.Group(s.Key), text.Count(p.Values[s.Key]), text.Share(s.Value)])],
                text.DerivativesCaption(text.Coverage(source), p.Date, TopFamilies)));
            definitions.Add(text.DerivativesDefinition(text.Coverage(source)));
            notes.Add(text.LineageNote(p.Shares.GetValueOrDefault(GroupNames.Unresolved)));
            sources.AddRange(figure.Sources);
        }

        if (TryBuild(ctx, new AdoptionSelection(AdoptionGrouping.Country, AdoptionMeasure.Downloads, At: DateOnly.MaxValue, Top: 6), HubSourceKind.Trending) is { } trending)
        {
            var p = trending.Figure.Points[^1];
            findings.Add(text.TrendingFinding(p.Date, p.Shares.GetValueOrDefault("CN"), p.Shares.GetValueOrDefault("US")));
            tables.Add(new ReportTable(
                [text.ColumnCountry, text.ColumnDownloads, text.ColumnShare],
                [.. p.Shares.OrderByDescending(s => s.Value).Select(s => (IReadOnlyList<string>)[text.Group(s.Key), text.Count(p.Values[s.Key]), text.Share(s.Value)])],
                text.TrendingCaption(p.Date)));
            definitions.Add(text.TrendingDefinition);
            sources.AddRange(trending.Figure.Sources);
        }

        if (tables.Count == 0)
        {
            findings.Add(text.NoAdoption);
        }

        yield return ShareSection.Build(ctx, "adoption-tables", text.AdoptionTitle, findings, tables, definitions, notes, sources);
    }

    private static (ShareFigure Figure, HubSourceKind Source)? TryBuild(ReportContext ctx, AdoptionSelection query, HubSourceKind? source)
    {
        if (ctx.Store.HubSnapshots().Count == 0)
        {
            return null;
        }

        try
        {
            var figure = AdoptionFigureBuilder.Build(ctx.Store, ctx.Frontiers.Policy, query, source, asOf: ctx.Frontiers.AsOf);
            return (figure, HubSourceKindNames.FromImporterKind(figure.Sources[0].Kind));
        }
        catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage)
        {
            return null;
        }
    }
}
