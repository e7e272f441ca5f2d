using AiRace.Application.Odds;
using AiRace.Core.Odds;

namespace AiRace.Application.Text;

internal sealed partial class EnglishText
{
    public override string OddsTitle => "The odds";

    public override string OddsVerdict(OvertakeForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Model is not { } m)
        {
            return result.NoModelSentence!;
        }

        var bt = result.Backtest;
        var card = bt.Card(m);
        return $"The {OddsModels.Name(m)} model has the best pooled log score of the models that beat the base rate: Brier {Score(card.Brier)} against {Score(bt.BaseRate.Brier)} (base rate) and {Score(bt.Never.Brier)} (never); log score {Score(card.LogScore)} against {Score(bt.BaseRate.LogScore)} and {Score(bt.Never.LogScore)}, over {Count(card.Forecasts)} forecasts with {Count(card.Events)} overtakes.";
    }

    public override string OddsRaceLine(ForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.RaceModel;
        return m.Forecasts == 0
            ? "This race has no back-test forecasts of its own yet."
            : $"On this race alone ({Count(m.Forecasts)} forecasts, {Count(m.Events)} overtakes): Brier {Score(m.Brier)} against {Score(result.RaceBaseRate.Brier)} (base rate) and {Score(result.RaceNever.Brier)} (never); too few to calibrate on, which is why the odds rest on the pooled back-test.";
    }

    public override string OddsModelLine(OvertakeForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Model printed: {result.ModelName}, Platt recalibration a = {Score(result.Calibration.A)}, b = {Score(result.Calibration.B)} (fitted on {Count(result.Calibration.N)} earlier back-test forecasts).";
    }

    public override string OddsIntro(string follower, string metric, string leader, DateOnly from, string model) =>
        $"Probability that {follower}'s record on {metric} is strictly above {leader}'s at some time within the horizon, counted from {Date(from)} (model: {model}):";

    public override IReadOnlyList<string> OddsColumns { get; } = ["Horizon", "At any time", "90% CI", "Base rate"];

    public override string Years(double years) => $"{Number(years, years == Math.Floor(years) ? 0 : 1)} {(years == 1 ? "year" : "years")}";

    public override string ReliabilityTitle(string model) => $"Reliability ({model}, pooled back-test)";

    public override string ReliabilityPredicted => "Predicted";

    public override string ReliabilityObserved => "Observed";

    public override string ReliabilityBarsTitle => "Observed share by predicted bin (%)";

    public override string ReliabilitySummary(string title, int forecasts, int events) =>
        $"{title}: {Count(forecasts)} forecasts, {Count(events)} overtakes; each row is a bin of predicted probability, with its count and the share that came true.";

    public override IReadOnlyList<string> ReliabilityColumns { get; } = ["Predicted", "Forecasts", "Mean predicted", "Observed"];

    public override string OddsDefinition(OvertakeForecastResult result, string metric, string leader, string follower)
    {
        ArgumentNullException.ThrowIfNull(result);
        return "Definition: " + result.Definition;
    }

    public override string AssumptionsLabel => "Assumptions:";

    public override IReadOnlyList<string> OddsAssumptions => OvertakeForecast.Assumptions;

    public override string OddsMore(string sources, string metricId, string leader, string follower) =>
        $"Source: {sources}. Run 'airace forecast --metric {metricId} --between {leader},{follower}' for more paths and the reference statements.";

    public override string OddsBacktestLine(OvertakeForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bt = result.Backtest;
        var card = result.Model is { } m ? bt.Card(m) : bt.BaseRate;
        return $"Pooled back-test of {card.Name}: Brier {Score(card.Brier)} (base rate {Score(bt.BaseRate.Brier)}, never {Score(bt.Never.Brier)}), log score {Score(card.LogScore)} ({Score(bt.BaseRate.LogScore)}, {Score(bt.Never.LogScore)}); {Count(card.Forecasts)} forecasts, {Count(card.Events)} overtakes; Platt a = {Score(result.Calibration.A)}, b = {Score(result.Calibration.B)}.";
    }

    public override string OddsHeadlineIntro(string follower, string leader, string metric, DateOnly from, string model) =>
        $"Chance that {follower}'s record on {metric} goes strictly above {leader}'s, from {Date(from)} (model: {model}):";

    public override string ReferencesTitle => "Reference statements, beside the model on the same definition";

    public override IReadOnlyList<string> ReferencesColumns { get; } = ["Who", "Date", "Their probability", "Model, same definition", "Source"];
}
