namespace AiRace.Core.Odds;

/// <summary>Names and assumptions of the candidate models and baselines, as printed.</summary>
public static class OddsModels
{
    public const string BaseRate = "base-rate";

    public const string Never = "never";

    public const string GapLogistic = "gap-logistic";

    public static IReadOnlyList<OddsModel> All { get; } = [OddsModel.Jump, OddsModel.Lag, OddsModel.Hazard];

    public static string Name(OddsModel model) => model switch
    {
        OddsModel.Jump => "jump",
        OddsModel.Lag => "lag",
        _ => "hazard",
    };

    /// <summary>Parses jump, lag or hazard (null for best); anything else is a usage error naming the value.</summary>
    public static OddsModel? Parse(string? text) => (text ?? "best").Trim().ToLowerInvariant() switch
    {
        "best" => null,
        "jump" => OddsModel.Jump,
        "lag" => OddsModel.Lag,
        "hazard" => OddsModel.Hazard,
        _ => throw new AiRaceException(ErrorKind.Usage, $"'{text}' is not a model: use jump, lag, hazard or best."),
    };

    public static IReadOnlyDictionary<string, string> Assumptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jump"] = "jump: both groups' records move together month by month; the chances that only the leader, only the follower, or both set a new record in a month are fitted jointly on the race's last 24 months (so advances are correlated), and every jump, of either group, is drawn from one log-normal fitted (MathNet LogNormal.Estimate) on both groups' recent jumps in units of the race's median jump, so a catch-up era's large jumps do not carry into a small gap.",
        ["lag"] = "lag: the leader's gap in units of the race's median jump follows an AR(1) (discrete Ornstein–Uhlenbeck) z' = c + φ·z + σ·t_ν, pooled over all races, with Student-t noise (ν and σ by maximum likelihood with MathNet); an overtake is the gap falling below zero, by simulation.",
        ["hazard"] = "hazard: P(overtake in the next month | behind) = logistic(β0 + β1·ln(1 + gap in jumps) + β2·its three-month change + β3·follower's record-setting releases in the last six months), fitted on all races (Allison 1982); within h months, 1 − (1 − p)^h with today's covariates held.",
        ["gap-logistic"] = "gap-logistic (baseline): for each horizon, P(overtake within it) = logistic(β0 + β1·ln(1 + gap in jumps)), fitted on all races.",
        ["base-rate"] = "base-rate (baseline): the share of earlier forecasts of the same race type (country, openness, lab) and horizon that came true, (k + 0.5)/(n + 1).",
        ["never"] = "never (baseline): probability 0.",
    };
}
