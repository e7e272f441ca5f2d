namespace AiRace.Core.Domain;

/// <summary>A measured quantity, such as <c>lmarena-text</c> or <c>epoch-eci</c>.</summary>
public sealed record Metric(string Id, string Name, MetricKind Kind, bool HigherIsBetter, string Unit, string Description);
