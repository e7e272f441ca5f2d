using AiRace.Application.Shares;
using AiRace.Cli.Report.Model;
using AiRace.Sources.Reports;

namespace AiRace.Cli.Report.Sections;

/// <summary>The adoption (Hugging Face) and usage (OpenRouter) sections, built in AiRace.Sources and laid out as report blocks.</summary>
internal sealed class AdoptionUsageSections : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var (store, policy, asOf) = (ctx.Store, ctx.Frontiers.Policy, ctx.Frontiers.AsOf);
        yield return Convert(AdoptionReportSection.Build(store, (q, s) => AdoptionFigureBuilder.Build(store, policy, q, s, asOf: asOf), ctx.Language.Code));
        yield return Convert(UsageReportSection.Build(store, q => UsageFigureBuilder.Build(store, policy, q, asOf: asOf), ctx.Language.Code));
    }

    private static ReportSection Convert(ReportSectionModel model)
    {
        var text = ReportText.For(model.Language);
        var blocks = new List<ReportBlock>();
        blocks.AddRange(model.Findings.Select(f => new ReportParagraph(f)));
        foreach (var t in model.Tables)
        {
            blocks.Add(new ReportParagraph(t.Caption));
            blocks.Add(new Model.ReportTable(t.Headers, t.Rows));
        }

        blocks.Add(new ReportList(text.Definition, model.Definitions));
        if (model.Notes.Count > 0)
        {
            blocks.Add(new ReportList(text.Notes, model.Notes));
        }

        if (model.Sources.Count > 0)
        {
            blocks.Add(new ReportList(text.Sources, [.. model.Sources.Select(s => $"{s.Attribution} ({s.Kind}, {text.FilesAndDates(s)})")]));
        }

        return new ReportSection(model.Id, model.Title, blocks);
    }
}
