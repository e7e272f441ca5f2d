namespace AiRace.Application.Text;

/// <summary>The per-metric sections: sentences about one comparison of two groups, its figures and its chart.</summary>
/// <remarks>Amounts, scores and percentages arrive formatted (their decimals depend on the metric); dates arrive as dates.</remarks>
public abstract partial class TextCatalog
{
    public abstract string MetricMeta(string kind, string unit, string models, DateOnly? first, DateOnly? last);

    public abstract string GapLeads(
        DateOnly date, string leader, string follower, string amount, string unit, string percent,
        string leaderModel, string leaderScore, string followerModel, string followerScore);

    public abstract string GapLevel(DateOnly date, string a, string b, string modelA, string modelB, string score);

    public abstract string GapNone(string a, string b);

    public abstract string Behind(string follower, string months, string leader, string followerModel, string level, DateOnly matched, string leaderModel);

    public abstract string BehindNever(string follower, string leader, string followerModel, string level, DateOnly date);

    public abstract string Earlier(DateOnly then, string thenGap, string unit, string thenPercent, DateOnly now, string nowGap, string nowPercent, string trend);

    public abstract string EarlierNone(DateOnly now);

    public abstract string Narrowed(string amount);

    public abstract string Widened(string amount);

    public abstract string Unchanged { get; }

    public abstract string Flipped { get; }

    public abstract string LeadChangesNone(string a, string b, DateOnly first, DateOnly last);

    public abstract string LeadChangesList(string a, string b, IEnumerable<string> items);

    public abstract string LeadChangeItem(DateOnly date, string leader, string previous);

    public abstract string Unplaced(string noCountry, string unknownOpenness);

    public abstract string FigureGap(string a, string b);

    public abstract string FigureGapPercent(string a, string b);

    public abstract string FigureBehind(string a, string b);

    public abstract string FigureGapEarlier(string a, string b);

    public abstract string FigureLeadChanges(string a, string b);

    public abstract string FigureUnplaced { get; }

    public abstract string FigureGapDefinition(string a, string b, string unit);

    public abstract string FigureGapPercentDefinition(string a);

    public abstract string FigureBehindDefinition(string a, string b);

    public abstract string FigureGapEarlierDefinition { get; }

    public abstract string FigureLeadChangesDefinition { get; }

    public abstract string FigureUnplacedDefinition { get; }

    public abstract string ChartTitle(string metric);

    public abstract string ChartDateAxis { get; }

    public abstract string ChartBar(string group, DateOnly date);
}
