namespace AiRace.Sources.Files;

/// <summary>The plausible range of a score, by its metric's declared unit, and the rule as it is printed when broken.</summary>
internal sealed record ScoreRange(double Min, double Max, string Rule)
{
    /// <summary>The range for confidence bounds: the score's range widened by its width on both sides.</summary>
    public ScoreRange Widened => new(Min - (Max - Min), Max + (Max - Min), Rule + " (bounds within one range's width of it)");

    /// <summary>The range of a metric's unit; units with no declared range only have to be finite and below 1e15 in size.</summary>
    public static ScoreRange For(string? unit) => unit switch
    {
        "Elo" => new(0, 4000, "an Elo rating lies from 0 to 4000"),
        "fraction (0-1)" => new(0, 1, "a fraction lies from 0 to 1"),
        "percent (0-100)" or "index (0-100)" or "%" => new(0, 100, "a percent or index lies from 0 to 100"),
        "index (-100 to 100)" => new(-100, 100, "this index lies from -100 to 100"),
        "ECI" => new(-1000, 1000, "an Epoch Capabilities Index lies from -1000 to 1000"),
        "FLOP" => new(0, 1e35, "training compute lies from 0 to 1e35 FLOP"),
        "downloads" or "likes" or "repositories" or "tokens" => new(0, 9.2e18, "a count is never negative"),
        "USD per 1M tokens" => new(0, 1e6, "a price per million tokens lies from 0 to 1,000,000 USD"),
        _ => new(-1e15, 1e15, "a score is finite and at most 1e15 in size"),
    };
}
