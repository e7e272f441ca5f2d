namespace AiRace.Core.Analysis;

/// <summary>Where a model's release date comes from in a snapshot metric's months-behind figure.</summary>
public enum ReleaseDateSource
{
    /// <summary>A catalog in the store (Artificial Analysis, Epoch, starter data) through the model joins.</summary>
    Catalog,

    /// <summary>The model's first appearance on any snapshot of the metric (no catalog date, or a later one).</summary>
    FirstAppearance,

    /// <summary>A release-dated metric's own date (the observation is dated by the model's release).</summary>
    Metric,
}
