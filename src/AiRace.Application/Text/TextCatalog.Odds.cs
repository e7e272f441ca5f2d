using AiRace.Application.Odds;
using AiRace.Core.Odds;

namespace AiRace.Application.Text;

/// <summary>The section "The odds": the printed model and its back-test, the probabilities, the reliability diagram, the definition.</summary>
public abstract partial class TextCatalog
{
    public abstract string OddsTitle { get; }

    /// <summary>One sentence: which model is printed and how it scored on the pooled back-test against the base rate and "never".</summary>
    public abstract string OddsVerdict(OvertakeForecastResult result);

    /// <summary>One sentence: how the printed model scored on this race's own back-test forecasts, which are few.</summary>
    public abstract string OddsRaceLine(ForecastResult result);

    /// <summary>The printed model and its Platt recalibration.</summary>
    public abstract string OddsModelLine(OvertakeForecastResult result);

    /// <summary>The sentence above the probability table.</summary>
    public abstract string OddsIntro(string follower, string metric, string leader, DateOnly from, string model);

    public abstract IReadOnlyList<string> OddsColumns { get; }

    /// <summary>A horizon in years (<c>1 year</c>, <c>3 years</c>).</summary>
    public abstract string Years(double years);

    public abstract string ReliabilityTitle(string model);

    public abstract string ReliabilityPredicted { get; }

    public abstract string ReliabilityObserved { get; }

    public abstract string ReliabilityBarsTitle { get; }

    public abstract string ReliabilitySummary(string title, int forecasts, int events);

    public abstract IReadOnlyList<string> ReliabilityColumns { get; }

    /// <summary>The overtake definition of the printed probabilities.</summary>
    public abstract string OddsDefinition(OvertakeForecastResult result, string metric, string leader, string follower);

    public abstract string AssumptionsLabel { get; }

    public abstract IReadOnlyList<string> OddsAssumptions { get; }

    /// <summary>The closing line pointing to <c>airace forecast</c> for more paths and the references.</summary>
    public abstract string OddsMore(string sources, string metricId, string leader, string follower);

    /// <summary>A back-test score (Brier, log score) with up to four decimals.</summary>
    public string Score(double value) => double.IsFinite(value) ? value.ToString("0.####", Culture) : NotAvailable;

    /// <summary>The headline's one back-test line: the printed model's pooled Brier and log score against the base rate's, and the counts.</summary>
    public abstract string OddsBacktestLine(OvertakeForecastResult result);

    /// <summary>The headline's short sentence above the probability table.</summary>
    public abstract string OddsHeadlineIntro(string follower, string leader, string metric, DateOnly from, string model);

    /// <summary>The title of the table of reference statements (what others said, beside the model on the same definition).</summary>
    public abstract string ReferencesTitle { get; }

    /// <summary>Who, date, their probability, the model on the same definition (with its horizon), source; the notes on how each reference was read are in the JSON (<c>references[].note</c>).</summary>
    public abstract IReadOnlyList<string> ReferencesColumns { get; }

    /// <summary>A stated probability range: <c>&lt; 20%</c>, <c>≥ 10%</c>, <c>11%–14%</c> (NotAvailable when neither bound is given).</summary>
    public string ProbabilityRange(double? low, double? high) => (low, high) switch
    {
        (null, null) => NotAvailable,
        ({ } l, null) => $"≥ {Probability(l)}",
        (null, { } h) => $"< {Probability(h)}",
        ({ } l, { } h) when l == h => Probability(l),
        ({ } l, { } h) => $"{Probability(l)}–{Probability(h)}",
    };
}
