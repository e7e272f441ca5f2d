using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Cli.Output;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace check</c>: verifies the store's integrity (rows without an import, archived responses without rows, row counts
/// against the import records), read-only; exit 0 when sound, 2 with one line per problem and the repair otherwise.
/// </summary>
internal sealed class CheckCommand : ICliCommand
{
    public string Name => "check";

    public Command Build() => new Command(Name, "Verify the store's integrity (rows without an import, archive entries without rows, counts against the import records) and say how to repair it.").WithExample("airace check --format json");

    public int Execute(CliContext ctx)
    {
        var problems = ctx.Store.CheckIntegrity();
        if (ctx.Format == OutputFormat.Json)
        {
            Render.WriteJson(ctx.Out, new CheckResult(problems.Count == 0, problems.Select(p => new CheckProblem(p.Kind, p.Table, p.ImportId, p.Rows, p.Detail)).ToList()));
        }
        else if (problems.Count == 0)
        {
            ctx.Out.WriteLine($"The store '{ctx.DbPath}' is sound: every row belongs to an import and every import's count matches its rows.");
        }
        else
        {
            foreach (var p in problems)
            {
                ctx.Err.WriteLine($"problem: {p.Detail}.");
            }

            ctx.Err.WriteLine($"error: the store '{ctx.DbPath}' has {problems.Count} integrity problem(s). Repair it with 'airace rebuild --db {ctx.DbPath}' (it re-derives every table from the imports and drops rows that belong to none).");
        }

        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.BadData;
    }

    private sealed record CheckResult(bool Sound, IReadOnlyList<CheckProblem> Problems);

    private sealed record CheckProblem(string Kind, string Table, long? ImportId, long Rows, string Detail);
}
