using System.Globalization;
using AiRace.Core;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;
using AiRace.Store;

namespace AiRace.Sources.Reports;

/// <summary>
/// The report's adoption section: derivative models by family (from the data that carries base_model lineage) and the
/// latest trending list's downloads by country, each with what the source counts.
/// </summary>
public static class AdoptionReportSection
{
    /// <summary>How many families the derivatives table shows.</summary>
    public const int TopFamilies = 8;

    /// <param name="store">The store.</param>
    /// <param name="figures">Builds an adoption figure from the store (the application layer's figure builder).</param>
    /// <param name="language"><c>en</c> or <c>vi</c>.</param>
    public static ReportSectionModel Build(AiRaceStore store, Func<AdoptionQuery, HubSourceKind?, ShareFigure> figures, string language)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = ReportText.For(language);
        var findings = new List<string>();
        var tables = new List<ReportTable>();
        var definitions = new List<string>();
        var notes = new List<string>();
        var sources = new List<FigureSource>();

        if (TryBuild(store, figures, new AdoptionQuery(AdoptionGrouping.Family, AdoptionMeasure.Derivatives, Top: TopFamilies), null) is { } derivatives)
        {
            var (figure, source) = derivatives;
            var p = figure.Points[^1];
            var families = p.Shares.Where(s => !GroupNames.IsReserved(s.Key)).OrderByDescending(s => s.Value).ToList();
            if (families.Count >= 2)
            {
                findings.Add(text.DerivativesFinding(families[0].Key, families[0].Value, families[1].Key, families[1].Value));
            }

            tables.Add(new ReportTable(
                text.DerivativesCaption(text.Coverage(source), p.Date, TopFamilies),
                [text.Family, text.Derivatives, text.Share],
                p.Shares.OrderByDescending(s => s.Value).Select(s => (IReadOnlyList<string>)[text.Group(s.Key), p.Values[s.Key].ToString("0", CultureInfo.InvariantCulture), Percent(s.Value)]).ToList()));
            definitions.Add(text.DerivativesDefinition(text.Coverage(source)));
            notes.Add(text.LineageNote(p.Shares.GetValueOrDefault(GroupNames.Unresolved)));
            sources.AddRange(figure.Sources);
        }

        if (TryBuild(store, figures, new AdoptionQuery(AdoptionGrouping.Country, AdoptionMeasure.Downloads, At: DateOnly.MaxValue, Top: 6), HubSourceKind.Trending) is { } trending)
        {
            var p = trending.Figure.Points[^1];
            findings.Add(text.TrendingFinding(p.Date, p.Shares.GetValueOrDefault("CN"), p.Shares.GetValueOrDefault("US")));
            tables.Add(new ReportTable(
                text.TrendingCaption(p.Date),
                [text.Country, text.Downloads, text.Share],
                p.Shares.OrderByDescending(s => s.Value).Select(s => (IReadOnlyList<string>)[text.Group(s.Key), p.Values[s.Key].ToString("#,0", CultureInfo.InvariantCulture), Percent(s.Value)]).ToList()));
            definitions.Add(text.TrendingDefinition);
            sources.AddRange(trending.Figure.Sources);
        }

        if (tables.Count == 0)
        {
            findings.Add(text.NoAdoption);
        }

        return new ReportSectionModel("adoption", language, text.AdoptionTitle, findings, tables, definitions, notes, sources);
    }

    private static (ShareFigure Figure, HubSourceKind Source)? TryBuild(AiRaceStore store, Func<AdoptionQuery, HubSourceKind?, ShareFigure> figures, AdoptionQuery query, HubSourceKind? source)
    {
        if (store.HubSnapshots().Count == 0)
        {
            return null;
        }

        try
        {
            var figure = figures(query, source);
            return (figure, HubSourceKindNames.FromImporterKind(figure.Sources[0].Kind));
        }
        catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage)
        {
            return null;
        }
    }

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
