using System.CommandLine;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Options shared by <c>trend</c> and <c>forecast</c>.</summary>
internal static class OddsOptions
{
    public static Option<string> Metric() => new("--metric")
    {
        Description = "The metric id (see 'airace metrics'), such as lmarena-text or epoch-eci.",
        Required = true,
    };

    public static Option<string> Between() => new("--between")
    {
        Description = "Leader and follower groups, A,B (US,CN; closed,open; lab:OpenAI,lab:DeepSeek). 'Overtake' means B above A.",
        Required = true,
    };

    public static Option<string?> Model() => new("--model")
    {
        Description = "jump, lag, hazard, or best (default): the model with the best pooled back-test log score among those that beat the base rate.",
    };

    public static Option<long> Seed() => new("--seed")
    {
        Description = "Random seed for the bootstrap and the Monte Carlo (same seed, same numbers).",
        DefaultValueFactory = _ => 1,
    };
}
