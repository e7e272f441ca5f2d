namespace AiRace.Sources.Live;

/// <summary>A documented request budget: at most <see cref="Requests"/> per <see cref="Window"/>.</summary>
public sealed record RateLimit(int Requests, TimeSpan Window);
