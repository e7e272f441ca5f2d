using AiRace.Core;
using AiRace.Core.Claims;
using AiRace.Core.Domain;
using AiRace.Core.Figures;
using AiRace.Core.Usage;
using AiRace.Sources.Attribution;
using AiRace.Application.Shares;

namespace AiRace.Application.Claims;

/// <summary>
/// "The share of G in usage rose (sharply) within W months": the OpenRouter token-share figure by model
/// (<see cref="UsageFigureBuilder"/>), summed over the models of group G (a country, an openness, or both: <c>CN&amp;open</c>),
/// averaged over the first and the last <see cref="EdgeWeeks"/> weeks of the window.
/// </summary>
internal static class UsageClaims
{
    /// <summary>Weeks averaged at each end of the window (weekly shares of a top-N list are noisy).</summary>
    public const int EdgeWeeks = 4;

    public static ClaimOutcome ShareRose(ClaimContext ctx, ClaimDefinition claim)
    {
        var group = UsageGroup.Parse(claim.Groups[0]);
        var end = ctx.ReadAt(claim);
        var start = end.AddMonths(-claim.WindowMonths!.Value);
        var definition = ctx.Text.ShareRoseDefinition(group.Label, claim.WindowMonths!.Value, EdgeWeeks, claim.Thresholds[0]);
        ShareFigure figure;
        try
        {
            figure = UsageFigureBuilder.Build(ctx.Store, ctx.Policy, new UsageSelection(UsageGrouping.Model, From: start, To: end, Top: 0));
        }
        catch (AiRaceException e)
        {
            return NotMeasurable(ctx, claim, definition, e.Message);
        }

        var attribution = new OpenRouterAttribution(ctx.Policy, BundledOpenness.Rules, ctx.Store.OpenRouterOpenness());
        var shares = figure.Points.Select(p => (p.Date, Share: p.Shares.Where(s => group.Contains(attribution.Resolve(s.Key))).Sum(s => s.Value))).ToList();
        if (shares.Count < 2)
        {
            return NotMeasurable(ctx, claim, definition, ctx.Text.TooFewWeeks(shares.Count, start, end));
        }

        var k = Math.Min(EdgeWeeks, shares.Count / 2);
        var first = shares.Take(k).ToList();
        var last = shares.TakeLast(k).ToList();
        var before = first.Average(s => s.Share);
        var after = last.Average(s => s.Share);
        var values = new Dictionary<string, double>(StringComparer.Ordinal) { ["share_start"] = before, ["share_end"] = after, ["change"] = after - before };
        var text = ctx.Text.ShareRoseItem(group.Label, before, first[0].Date, first[^1].Date, after, last[0].Date, last[^1].Date, figure.Denominator);
        return new ClaimOutcome(
            ClaimRules.ShareRose(before, after, claim.Thresholds[0]),
            new ClaimEvidence(text, definition + " " + figure.Definition, last[^1].Date, claim.Command, null, values));
    }

    private static ClaimOutcome NotMeasurable(ClaimContext ctx, ClaimDefinition claim, string definition, string reason) =>
        new(ClaimVerdict.NotMeasurable, new ClaimEvidence(reason, definition, null, claim.Command, ctx.Text.SettleUsage(), new Dictionary<string, double>()));
}
