using System.CommandLine;
using AiRace.Application.Claims;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using AiRace.Core.Claims;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace claims [--lang en|vi] [--claims FILE]</c>: the claims ledger (dated public statements) checked against the store,
/// each with a verdict, its figure, definition, as-of date and the command that shows it.
/// </summary>
internal sealed class ClaimsCommand : ICliCommand
{
    private readonly Option<string?> _lang = new("--lang") { Description = "Language of the output: en or vi (default en)." };

    private readonly Option<FileInfo?> _claims = new("--claims")
    {
        Description = "A CSV of more claims, in the columns of the bundled ledger (a row with a bundled id replaces it).",
    };

    public string Name => "claims";

    public Command Build()
    {
        var cmd = new Command(Name, "Dated public statements on the AI race, each checked against the data: supported, contradicted, mixed or not measurable.");
        cmd.Options.Add(_lang);
        cmd.Options.Add(_claims);
        return cmd.WithExample("airace claims --lang vi");
    }

    public int Execute(CliContext ctx)
    {
        var query = new ClaimsQuery(ctx.Get(_claims)?.FullName, ctx.AsOf, ctx.Get(_lang) ?? "en");
        var result = ClaimsQueries.Run(ctx.Store, ctx.Attribution, query);
        if (ctx.Format == OutputFormat.Json)
        {
            Render.WriteJson(ctx.Out, Json(result));
        }
        else
        {
            WriteText(ctx.Out, result);
        }

        return ExitCodes.Ok;
    }

    private static object Json(ClaimsResult result) => new
    {
        language = result.Language,
        as_of = result.AsOf,
        claims = result.Claims.Select(c => new
        {
            id = c.Definition.Id,
            who = c.Who,
            date = c.Definition.Date,
            language = c.Definition.Language,
            quote = c.Definition.QuoteOriginal,
            quote_en = c.Definition.QuoteEn,
            claim = c.Claim,
            claim_type = ClaimTypeNames.ToName(c.Definition.Type),
            verdict = ClaimVerdictNames.ToName(c.Verdict),
            verdict_text = c.VerdictText,
            evidence = new
            {
                figure = c.Evidence.Figure,
                definition = c.Evidence.Definition,
                as_of = c.Evidence.AsOf,
                command = c.Evidence.Command,
                settle = c.Evidence.Settle,
                values = c.Evidence.Values,
            },
            source_url = c.Definition.SourceUrl,
        }),
    };

    private static void WriteText(TextWriter o, ClaimsResult result)
    {
        var l = result.Labels;
        o.WriteLine(l.Title);
        o.WriteLine(l.Summary);
        var n = 0;
        foreach (var c in result.Claims)
        {
            o.WriteLine();
            o.WriteLine($"{++n}. [{c.VerdictText}] {c.Claim}");
            o.WriteLine($"   {l.Who}: {c.Who}, {c.DateText}");
            o.WriteLine($"   {l.Quote}: {c.Definition.QuoteOriginal}");
            if (c.Definition.Language != "en" && result.Language == "en")
            {
                o.WriteLine($"   {l.Translation}: {c.Definition.QuoteEn}");
            }

            o.WriteLine($"   {l.Verdict}: {c.VerdictText}");
            o.WriteLine($"   {l.Figure}: {c.Evidence.Figure}");
            o.WriteLine($"   {l.AsOf}: {c.AsOfText ?? "—"}");
            o.WriteLine($"   {l.Definition}: {c.Evidence.Definition}");
            if (c.Evidence.Settle is { } settle)
            {
                o.WriteLine($"   {l.Settle}: {settle}");
            }

            o.WriteLine($"   {l.Command}: {c.Evidence.Command}");
            o.WriteLine($"   {l.Source}: {c.Definition.SourceUrl}");
        }
    }
}
