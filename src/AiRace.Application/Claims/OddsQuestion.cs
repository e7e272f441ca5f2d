namespace AiRace.Application.Claims;

/// <summary>
/// "What is the probability that <paramref name="Follower"/>'s frontier is strictly above <paramref name="Leader"/>'s at any
/// time within <paramref name="HorizonYears"/> years after <paramref name="AsOf"/> on <paramref name="Metric"/>?"
/// </summary>
public sealed record OddsQuestion(string Metric, string Leader, string Follower, double HorizonYears, DateOnly? AsOf);
