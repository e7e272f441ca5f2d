using System.Globalization;
using AiRace.Core.Domain;
using AiRace.Core.Figures;

namespace AiRace.Core.Usage;

/// <summary>Computes weekly token-share figures from usage rows (OpenRouter's top-N weekly rankings).</summary>
public static class UsageFigures
{
    /// <param name="query">Grouping, free routes, denominator, week range (a week is in when any of its days is) and top N.</param>
    /// <param name="rows">One row per listed model and week (one source file per week).</param>
    /// <param name="attribution">Lab, country and openness of each base slug.</param>
    /// <param name="sources">The imports behind the rows, for the figure's credits.</param>
    public static ShareFigure Compute(UsageSelection query, IReadOnlyList<UsageRecord> rows, OpenRouterAttribution attribution, IReadOnlyList<FigureSource> sources)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(attribution);
        var weeks = rows
            .Where(r => (query.From is not { } from || r.Week.AddDays(6) >= from) && (query.To is not { } to || r.Week <= to))
            .GroupBy(r => r.Week)
            .OrderBy(g => g.Key)
            .ToList();
        if (weeks.Count == 0)
        {
            throw new AiRaceException(ErrorKind.Usage, NoWeeks(query, rows));
        }

        if (query.Denominator == UsageDenominator.All)
        {
            var lacking = weeks.Where(w => w.All(r => r.SourceTotal is null && !r.HasOtherRow)).Select(w => w.Key).ToList();
            if (lacking.Count > 0)
            {
                throw new AiRaceException(
                    ErrorKind.Usage,
                    $"The 'all' denominator needs each week's total of all OpenRouter tokens (or an 'other models' row), but the imported usage files list only their top {TopN(weeks.SelectMany(w => w))} models with no such total ({lacking.Count} weeks, {Day(lacking[0])} to {Day(lacking[^1])}). " +
                    "Use the 'listed' denominator (shares of the listed top-N tokens), or import a source that gives the week's total.");
            }
        }

        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        var inputs = new List<ShareInput>();
        foreach (var week in weeks)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var items = 0;
            foreach (var r in week)
            {
                if (r.IsFree && query.Free == FreeMode.Excluded)
                {
                    continue;
                }

                var model = attribution.Resolve(r.BaseSlug);
                var group = query.By switch
                {
                    UsageGrouping.Country => model.Country ?? GroupNames.Unresolved,
                    UsageGrouping.Lab => model.Lab ?? GroupNames.Unresolved,
                    UsageGrouping.Openness => model.Openness == Openness.Unknown ? GroupNames.Unknown : OpennessNames.ToName(model.Openness),
                    _ => r.BaseSlug,
                };
                if (group == GroupNames.Unresolved || (query.By == UsageGrouping.Openness && group == GroupNames.Unknown))
                {
                    unresolved.Add(r.BaseSlug);
                }

                if (r.IsFree && query.Free == FreeMode.Separate && !GroupNames.IsReserved(group))
                {
                    group = query.By == UsageGrouping.Model ? $"{group}:free" : $"{group} (free)";
                }

                values[group] = values.GetValueOrDefault(group) + r.TotalTokens;
                items++;
            }

            double? denominator = query.Denominator == UsageDenominator.All
                ? week.Select(r => r.SourceTotal).FirstOrDefault(t => t is not null) ?? week.First().ListedTotal
                : null;
            inputs.Add(new ShareInput(week.Key, values, denominator, items, week.First().SourceDate));
        }

        var points = ShareSeries.Build(inputs, query.Top);
        var crossings = ShareCrossings.Find(
            points,
            (p, g) => p.Shares[g],
            (d, a, b, first) => first
                ? $"{a} share first exceeded {b} share in the week of {Day(d)}"
                : $"{a} share exceeded {b} share again in the week of {Day(d)}");
        var all = weeks.SelectMany(w => w).ToList();
        var notes = new List<string>
        {
            $"Coverage: {Coverage(weeks)}.",
        };
        if (unresolved.Count > 0)
        {
            notes.Add($"Not attributed ({(query.By == UsageGrouping.Openness ? "openness unknown" : "no lab or country")}): {string.Join(", ", unresolved)}.");
        }

        return new ShareFigure(
            "token-share",
            query.By.ToString().ToLowerInvariant(),
            Definition(query, all, weeks.Count),
            query.Denominator == UsageDenominator.All
                ? "all: every OpenRouter token of the week, as the source totals it"
                : $"listed: the tokens of the models the source lists each week (top {TopN(all)} only), not all OpenRouter traffic{(query.Free == FreeMode.Excluded ? ", free routes left out" : string.Empty)}",
            points,
            crossings,
            sources,
            notes);
    }

    private static string Definition(UsageSelection query, IReadOnlyList<UsageRecord> rows, int weeks)
    {
        var free = query.Free switch
        {
            FreeMode.Separate => "Free routes (:free) are kept apart as their own groups",
            FreeMode.Excluded => "Free routes (:free) are left out",
            _ => "Free routes (:free) are counted with their model",
        };
        var by = query.By switch
        {
            UsageGrouping.Country => "grouped by the country of the slug's lab (organizations table: openrouter_namespaces, then the attribution policy)",
            UsageGrouping.Lab => "grouped by the slug's lab (organizations table: openrouter_namespaces)",
            UsageGrouping.Openness => "grouped by openness (the store's catalog, else the bundled openrouter-openness table)",
            _ => "grouped by model (slug without its :variant suffix)",
        };
        return $"Share of each week's OpenRouter tokens (Monday to Sunday) among the models the source lists, the top {TopN(rows)} by tokens " +
               $"(top {TopN(rows)} only, not all OpenRouter traffic), over {weeks} weeks; {by}. {free}. openrouter/* stealth models of undisclosed labs stay unresolved.";
    }

    /// <summary>"9" or "9/10": the numbers of models the files list.</summary>
    private static string TopN(IEnumerable<UsageRecord> rows) =>
        string.Join('/', rows.Select(r => r.ListedModels).Distinct().Order());

    private static string Coverage(IReadOnlyList<IGrouping<DateOnly, UsageRecord>> weeks) =>
        string.Join("; ", weeks
            .GroupBy(w => w.First().ListedModels)
            .OrderBy(g => g.Min(w => w.Key))
            .Select(g => $"top {g.Key} models listed in the weeks of {Day(g.Min(w => w.Key))} to {Day(g.Max(w => w.Key))} ({g.Count()} weeks)"));

    private static string NoWeeks(UsageSelection query, IReadOnlyList<UsageRecord> rows) => rows.Count == 0
        ? "No usage data in the store. Import OpenRouter weekly top-N token files first (one JSON per week, as published by github.com/johnbean393/openrouter-inference-stats under data/), or update from the openrouter-rankings live source"
        : $"No usage week between {(query.From is { } f ? Day(f) : "the start")} and {(query.To is { } t ? Day(t) : "the end")}; the store has the weeks of {Day(rows.Min(r => r.Week))} to {Day(rows.Max(r => r.Week))}. Widen the window.";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
