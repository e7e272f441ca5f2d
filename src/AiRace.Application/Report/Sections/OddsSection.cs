using AiRace.Application.Charts;
using AiRace.Application.Odds;
using AiRace.Application.Text;
using AiRace.Application.Report.Charts;
using AiRace.Application.Report.Model;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// The report section "The odds" (Vietnamese: "Xác suất vượt lên"): when no model beat the base rate, one sentence saying
/// so before any number; the printed probabilities per horizon with 90% intervals and the base rate; the model and its
/// recalibration; the pooled back-test verdict; the reliability diagram with counts; the definition and the assumptions.
/// A probability from a model that lost its back-test is never shown. Every word and number comes from the language's
/// <see cref="TextCatalog"/>.
/// </summary>
public static class OddsSection
{
    public static IReadOnlyList<ReportBlock> Blocks(ForecastResult result, string metric, string leader, string follower, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        var r = result.Forecast;
        var blocks = new List<ReportBlock>();
        if (r.Model is null)
        {
            blocks.Add(new ReportParagraph(text.OddsVerdict(r)));
        }

        blocks.Add(new ReportParagraph(text.OddsIntro(follower, metric, leader, r.From, r.ModelName)));
        blocks.Add(new ReportTable(
            text.OddsColumns,
            [.. r.Horizons.Select(h => (IReadOnlyList<string>)[
                text.Years(h.Years), text.Probability(h.PAnyTime), text.Range(text.Probability(h.AnyTimeCi90.Low), text.Probability(h.AnyTimeCi90.High)),
                h.BaseRate is { } b ? text.Probability(b) : "-"])]));
        if (r.Model is not null)
        {
            blocks.Add(new ReportParagraph(text.OddsModelLine(r) + " " + text.OddsVerdict(r)));
            blocks.Add(new ReportParagraph(text.OddsRaceLine(result)));
        }

        var card = r.Model is { } m ? r.Backtest.Card(m) : r.Backtest.BaseRate;
        var title = text.ReliabilityTitle(card.Name);
        var bars = card.Bins.Where(b => b.N > 0)
            .Select(b => new ReportBar($"{text.Probability(b.Low)}–{text.Probability(b.High)} (n={text.Count(b.N)})", 100 * (b.Observed ?? 0))).ToList();
        blocks.Add(new ReportChart(
            "reliability-" + result.Metric.Id, title,
            ReliabilityChart.Build(title, text.ReliabilityPredicted, text.ReliabilityObserved, card.Bins, text.Culture),
            text.ReliabilityBarsTitle, bars, 420));
        blocks.Add(new ReportParagraph(text.ReliabilitySummary(title, card.Forecasts, card.Events)));
        blocks.Add(new ReportTable(
            text.ReliabilityColumns,
            [.. card.Bins.Select(b => (IReadOnlyList<string>)[
                text.Range(text.Probability(b.Low), text.Probability(b.High)), text.Count(b.N),
                b.MeanPredicted is { } mp ? text.Probability(mp) : "-", b.Observed is { } o ? text.Probability(o) : "-"])]));
        blocks.Add(new ReportParagraph(text.OddsDefinition(r, metric, leader, follower)));
        blocks.Add(new ReportList(text.AssumptionsLabel, [.. text.OddsAssumptions]));
        if (result.References.Count > 0)
        {
            blocks.Add(new ReportTable(
                text.ReferencesColumns,
                [.. result.References.Select(c => (IReadOnlyList<string>)[
                    c.Reference.Who, text.Date(c.Reference.Date), text.ProbabilityRange(c.Reference.ProbabilityLow, c.Reference.ProbabilityHigh),
                    c.ModelProbability is { } p ? (c.ModelHorizonYears is { } y ? $"{text.Probability(p)} ({text.Years(y)})" : text.Probability(p)) : text.NotAvailable,
                    c.Reference.SourceUrl])],
                text.ReferencesTitle));
        }

        return blocks;
    }
}
