namespace AiRace.Core.Figures;

/// <summary>One date's raw input to <see cref="ShareSeries.Build"/>: group → value, the denominator (null: the sum of the values), the row count.</summary>
public sealed record ShareInput(
    DateOnly Date,
    IReadOnlyDictionary<string, double> Values,
    double? Denominator,
    int Items,
    DateOnly? SourceDate = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>? Breakdown = null);
