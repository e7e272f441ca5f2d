using AiRace.Core;
using AiRace.Core.Adoption;
using AiRace.Core.Claims;
using AiRace.Core.Figures;
using AiRace.Application.Shares;

namespace AiRace.Application.Claims;

/// <summary>
/// Hugging Face claims, on the adoption figure (<see cref="AdoptionFigureBuilder"/>) of the kind of Hub data the claim needs
/// (its <c>data</c> column, <c>listing</c> for claims about all downloads): "A's share leads B's", "A overtook B", "more than N".
/// When the store lacks that kind, the claim is not measurable; a figure from another kind is then shown as context only.
/// </summary>
internal static class AdoptionClaims
{
    public static ClaimOutcome ShareLeads(ClaimContext ctx, ClaimDefinition claim) =>
        Pairwise(ctx, claim, points => ClaimRules.ShareLeads(points), ctx.Text.ShareLeadsDefinition, latestUnlessWindow: true);

    public static ClaimOutcome Overtook(ClaimContext ctx, ClaimDefinition claim) =>
        Pairwise(ctx, claim, points => ClaimRules.Overtook(points), ctx.Text.OvertookDefinition, latestUnlessWindow: false);

    public static ClaimOutcome CountAbove(ClaimContext ctx, ClaimDefinition claim)
    {
        var group = AdoptionGroup.Parse(claim.Groups[0]);
        var end = ctx.ReadAt(claim);
        var counts = new List<(double Value, double Threshold)>();
        var items = new List<string>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        DateOnly? asOf = null;
        string? missing = null;
        string? context = null;
        for (var i = 0; i < claim.Metrics.Count; i++)
        {
            var measure = AdoptionMeasureNames.Parse(claim.Metrics[i]);
            var (figure, why, other) = Figure(ctx, claim, new AdoptionSelection(group.By, measure, To: end, Top: 0));
            if (figure?.Points.LastOrDefault() is not { } point)
            {
                missing ??= why;
                context ??= other is { Points.Count: > 0 } o ? ctx.Text.CountContext(o, group, o.Points[^1].Values.GetValueOrDefault(group.Name)) : null;
                continue;
            }

            var value = point.Values.GetValueOrDefault(group.Name);
            counts.Add((value, claim.Thresholds[i]));
            values[claim.Metrics[i]] = value;
            asOf = PerformanceClaims.Later(asOf, point.Date);
            items.Add(ctx.Text.CountItem(group.Label, claim.Metrics[i], value, claim.Thresholds[i], point.Date));
        }

        var verdict = missing is not null && counts.Count == 0 ? ClaimVerdict.NotMeasurable : ClaimRules.CountAbove(counts);
        var figureText = string.Join(" ", new[] { string.Join("; ", items), missing, context }.Where(t => !string.IsNullOrEmpty(t)));
        return new ClaimOutcome(verdict, new ClaimEvidence(
            figureText, ctx.Text.CountDefinition(), asOf, claim.Command, verdict == ClaimVerdict.NotMeasurable ? ctx.Text.SettleHub(claim) : null, values));
    }

    private static ClaimOutcome Pairwise(
        ClaimContext ctx, ClaimDefinition claim, Func<IReadOnlyList<(double A, double B)>, ClaimVerdict> rule, Func<string, string, string> definitionOf,
        bool latestUnlessWindow)
    {
        var a = AdoptionGroup.Parse(claim.Groups[0]);
        var b = AdoptionGroup.Parse(claim.Groups[1]);
        var end = ctx.ReadAt(claim);
        DateOnly? from = claim.From ?? (claim.WindowMonths is > 0 and var w ? end.AddMonths(-w) : null);
        var query = new AdoptionSelection(a.By, AdoptionMeasureNames.Parse(claim.Metrics[0]), From: from, To: end, Top: 0);
        var (figure, why, other) = Figure(ctx, claim, query);
        var definition = definitionOf(a.Label, b.Label) + (figure is null ? string.Empty : " " + figure.Definition);
        if (figure is null)
        {
            var context = other is null ? null : ctx.Text.PairContext(other, a, b, rule(Points(other, a, b, latestUnlessWindow && from is null)));
            return new ClaimOutcome(ClaimVerdict.NotMeasurable, new ClaimEvidence(
                string.Join(" ", new[] { why, context }.OfType<string>()), definition, null, claim.Command, ctx.Text.SettleHub(claim), new Dictionary<string, double>()));
        }

        var points = Points(figure, a, b, latestUnlessWindow && from is null);
        var last = figure.Points[^1];
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [$"{a.Name}.share"] = last.Shares.GetValueOrDefault(a.Name),
            [$"{b.Name}.share"] = last.Shares.GetValueOrDefault(b.Name),
        };
        return new ClaimOutcome(
            rule(points),
            new ClaimEvidence(ctx.Text.PairItem(figure, a, b, points), definition, last.Date, claim.Command, null, values));
    }

    /// <summary>The (A, B) shares of each snapshot in date order; only the latest when the claim names no window.</summary>
    private static List<(double A, double B)> Points(ShareFigure figure, AdoptionGroup a, AdoptionGroup b, bool latestOnly)
    {
        var points = figure.Points.Select(p => (p.Shares.GetValueOrDefault(a.Name), p.Shares.GetValueOrDefault(b.Name))).ToList();
        return latestOnly && points.Count > 0 ? [points[^1]] : points;
    }

    /// <summary>
    /// The figure on the claim's kind of Hub data, or null with the reason; and, when that kind is missing, the figure on the
    /// kind the store has (context only).
    /// </summary>
    private static (ShareFigure? Figure, string? Why, ShareFigure? Other) Figure(ClaimContext ctx, ClaimDefinition claim, AdoptionSelection query)
    {
        var kind = claim.Data is { } d ? HubSourceKindNames.Parse(d) : (HubSourceKind?)null;
        var kinds = ctx.Store.HubSnapshots().Select(s => HubSourceKindNames.FromImporterKind(s.ImporterKind)).Distinct().ToList();
        if (kind is { } k && !kinds.Contains(k))
        {
            return (null, ctx.Text.NoHubKind(k, kinds), TryBuild(ctx, query, null));
        }

        try
        {
            return (AdoptionFigureBuilder.Build(ctx.Store, ctx.Policy, query, kind), null, null);
        }
        catch (AiRaceException e)
        {
            return (null, e.Message, null);
        }
    }

    private static ShareFigure? TryBuild(ClaimContext ctx, AdoptionSelection query, HubSourceKind? kind)
    {
        try
        {
            return AdoptionFigureBuilder.Build(ctx.Store, ctx.Policy, query, kind);
        }
        catch (AiRaceException)
        {
            return null;
        }
    }
}
