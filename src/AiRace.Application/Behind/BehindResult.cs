namespace AiRace.Application.Behind;

/// <summary><c>behind</c>'s result: a dated series (the horizontal method) or one estimate (first-match, threshold); exactly one is set.</summary>
public sealed record BehindResult(BehindSeriesResult? Series, BehindEstimateResult? Estimate);
