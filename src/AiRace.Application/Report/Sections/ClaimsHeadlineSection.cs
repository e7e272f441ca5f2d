using AiRace.Application.Report.Model;
using AiRace.Core.Claims;

namespace AiRace.Application.Report.Sections;

/// <summary>Answer 6, the article's claims checked: one line per claim of the ledger with its verdict (the claims query).</summary>
public sealed class ClaimsHeadlineSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var claims = ctx.Headline.Claims;
        var vi = text.Code == "vi";
        int Count(ClaimVerdict v) => claims.Count(c => c.Verdict == v);
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(text.ClaimsIntro(
                claims.Count, Count(ClaimVerdict.Supported), Count(ClaimVerdict.Contradicted), Count(ClaimVerdict.Mixed), Count(ClaimVerdict.NotMeasurable))),
        };
        if (claims.Count > 0)
        {
            blocks.Add(new ReportTable(
                [$"{text.ColumnVerdict}\n({text.ColumnAsOf})", text.ColumnWho, text.ColumnClaim],
                [.. claims.Select(c => (IReadOnlyList<string>)
                [
                    $"{text.ClaimVerdictName(c.Verdict)}\n({text.Date(c.AsOf)})", $"{(vi ? c.WhoVi ?? c.Who : c.Who)}, {text.Date(c.Date)}",
                    vi ? c.ClaimVi ?? c.Claim : c.Claim,
                ])]));
        }

        blocks.Add(new ReportParagraph(text.ClaimsMore));
        yield return new ReportSection("claims", text.ClaimsHeadlineTitle, blocks);
    }
}
