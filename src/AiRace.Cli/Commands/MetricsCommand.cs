using System.CommandLine;
using AiRace.Application.Catalog;
using AiRace.Cli.Help;
using AiRace.Cli.Output;

namespace AiRace.Cli.Commands;

/// <summary><c>airace metrics</c>: every metric with its kind, date span, models and observations.</summary>
internal sealed class MetricsCommand : ICliCommand
{
    public string Name => "metrics";

    public Command Build() => new Command(Name, "List the metrics in the store: id, kind, first and last date, models, observations, and the scale breaks found in each (see the README).").WithExample("airace metrics --format json");

    public int Execute(CliContext ctx)
    {
        Render.Rows(
            ctx, new MetricsQuery(ctx.AsOf).Run(ctx.Session),
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
}
