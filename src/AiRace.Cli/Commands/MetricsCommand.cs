using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Cli.Analysis;
using AiRace.Cli.Output;
using AiRace.Core.Analysis;

namespace AiRace.Cli.Commands;

/// <summary><c>airace metrics</c>: every metric with its kind, date span, models and observations.</summary>
internal sealed class MetricsCommand : ICliCommand
{
    public string Name => "metrics";

    public Command Build() => new Command(Name, "List the metrics in the store: id, kind, first and last date, models, observations, and the scale breaks found in each (see the README).").WithExample("airace metrics --format json");

    public int Execute(CliContext ctx)
    {
        var editions = ctx.Store.EditionScores(ctx.AsOf);
        var rows = ctx.Store.Metrics(ctx.AsOf)
            .Select(m => new MetricRow(
                m.Id, m.Kind, m.FirstDate, m.LastDate, m.Models, m.Observations, m.Name, m.Unit, m.HigherIsBetter, m.Description,
                editions.TryGetValue(m.Id, out var e) ? [.. ScaleBreaks.Detect(e).Select(ScaleBreakJson.Of)] : []))
            .ToList();
        Render.Rows(
            ctx, rows,
            new Column<MetricRow>("id", r => r.Id),
            new Column<MetricRow>("kind", r => r.Kind),
            new Column<MetricRow>("first_date", r => r.FirstDate),
            new Column<MetricRow>("last_date", r => r.LastDate),
            new Column<MetricRow>("models", r => r.Models),
            new Column<MetricRow>("observations", r => r.Observations),
            new Column<MetricRow>("unit", r => r.Unit),
            new Column<MetricRow>("scale_breaks", r => string.Join(" ", r.ScaleBreaks.Select(b => $"{b.Date:yyyy-MM-dd}({b.Kind} {b.MedianShift:+0.#;-0.#})"))));
        return ExitCodes.Ok;
    }

    private sealed record MetricRow(
        string Id, string Kind, DateOnly? FirstDate, DateOnly? LastDate, long Models, long Observations,
        string Name, string Unit, bool HigherIsBetter, string Description, IReadOnlyList<ScaleBreakJson> ScaleBreaks);
}
