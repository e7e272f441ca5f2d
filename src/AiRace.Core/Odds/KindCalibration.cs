namespace AiRace.Core.Odds;

/// <summary>A model's Platt recalibration fitted on the back-test forecasts of one race type (country, openness, lab).</summary>
public sealed record KindCalibration(OddsModel Model, string Kind, Calibration Calibration);
