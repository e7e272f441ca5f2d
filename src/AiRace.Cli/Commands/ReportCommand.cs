using System.CommandLine;
using AiRace.Application.Frontiers;
using AiRace.Application.Text;
using AiRace.Application.Validation;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using AiRace.Application.Report;
using AiRace.Application.Report.Sections;
using AiRace.Cli.Report.Writers;
using AiRace.Core;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace report [--lang en|vi] [--all | --metric M] [--output FILE.md|FILE.html]</c>: the headline answers from whatever
/// the store holds; <c>--format json</c> prints the headline result (the figures as numbers).
/// On a missing or empty store it shows the bundled starter dataset (in memory, never written into the store), and says so.
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    private readonly Option<string?> _lang = new("--lang")
    {
        Description = $"Report language: {string.Join(", ", TextCatalog.All.Select(l => l.Code))} (default en).",
    };

    private readonly Option<bool> _all = new("--all")
    {
        Description = "After the headline, add every metric's section, the full adoption and usage tables and the method.",
    };

    private readonly Option<string?> _metric = new("--metric")
    {
        Description = "Print one metric's section only (see 'airace metrics'), such as lmarena-text.",
    };

    private readonly Option<string?> _output = new("--output")
    {
        Description = "Write the report to FILE.md (charts as SVG files beside it) or FILE.html (charts inline) instead of the terminal.",
    };

    public string Name => "report";

    public Command Build()
    {
        var cmd = new Command(Name, "The headline report, \"Is China catching up with the US in AI?\": how far ahead the US is, whether the gap is widening, the odds, adoption, usage and the claims checked, each with its definition, date and source.");
        cmd.Options.Add(_lang);
        cmd.Options.Add(_all);
        cmd.Options.Add(_metric);
        cmd.Options.Add(_output);
        return cmd.WithExample("airace report --lang vi --output report.html");
    }

    public int Execute(CliContext ctx)
    {
        var lang = TextCatalog.For(ctx.Get(_lang));
        var output = ctx.Get(_output);
        var kind = output is null ? null : OutputKind(output);

        // A missing or empty store shows the bundled starter data, held in memory: the store file is never created or written.
        var starterLoaded = false;
        if (!ctx.StoreExists || ctx.Store.IsEmpty)
        {
            var rows = ctx.UseStarterData();
            starterLoaded = true;
            var note = lang.StarterLoaded(rows);
            (ctx.Format == OutputFormat.Json && output is null ? ctx.Err : ctx.Out).WriteLine(note);
        }

        var all = ctx.Get(_all);
        var metricId = ctx.Get(_metric);
        if (all && metricId is not null)
        {
            throw new AiRaceException(ErrorKind.Usage, $"--all and --metric '{metricId}' cannot be combined: use --all for every section, or --metric for one.");
        }

        var metric = metricId is null ? null : MetricIds.Resolve(ctx.Store, metricId);
        var report = new ReportContext(ctx.Store, new FrontierSource(ctx.Session, ctx.AsOf), lang, starterLoaded, ctx.Session);
        IReadOnlyList<IReportSectionBuilder> builders = metric is not null ? [new OneMetricSection(metric)] : all ? ReportSections.All : ReportSections.Headline;
        if (kind is null && ctx.Format == OutputFormat.Json && metric is null && !all)
        {
            // The JSON twin of the headline: the query's result itself, every figure a number.
            Render.WriteJson(ctx.Out, report.Headline);
            return ExitCodes.Ok;
        }

        var doc = ReportBuilder.Build(report, builders);
        switch (kind)
        {
            case "md":
                var files = MarkdownReportWriter.Write(doc, output!);
                ctx.Out.WriteLine(lang.Written(output!, files.Count));
                break;
            case "html":
                var charts = HtmlReportWriter.Write(doc, output!);
                ctx.Out.WriteLine(lang.Written(output!, charts));
                break;
            default:
                if (ctx.Format == OutputFormat.Json)
                {
                    Render.WriteJson(ctx.Out, ReportJson.Of(doc));
                }
                else
                {
                    TerminalReportWriter.Write(doc, ctx.Console(ctx.Out), lang);
                }

                break;
        }

        return ExitCodes.Ok;
    }

    private static string OutputKind(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "md",
        ".html" or ".htm" => "html",
        _ => throw new AiRaceException(ErrorKind.Usage, $"--output '{path}': use a file name ending in .md or .html."),
    };
}
