namespace AiRace.Application.Headline;

/// <summary>
/// Usage on OpenRouter: <c>latest</c> and <c>first</c> week by country, <c>openness</c> (latest week, open vs closed),
/// <c>china_passed_us</c> (the first week China's share exceeded the US share, or null), <c>listed_models</c> (how many
/// models the weekly list covers: the denominator is their tokens).
/// </summary>
public sealed record HeadlineUsage(HeadlineShare Latest, HeadlineShare First, HeadlineShare Openness, DateOnly? ChinaPassedUs, string ListedModels);
