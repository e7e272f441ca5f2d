namespace AiRace.Web;

/// <summary>How <c>airace serve</c> runs: the store it reads, where it listens, and the limits of a public deployment.</summary>
/// <param name="DbPath">The store file (opened read-only; a newer file published by <c>airace update</c> is picked up without a restart).</param>
/// <param name="Host">The address to bind: 127.0.0.1 unless the user says otherwise.</param>
/// <param name="Port">The port; 0 picks a free one (tests, benchmarks).</param>
/// <param name="AttributionOverrides">A CSV <c>organization,country</c> overriding every other attribution, or null.</param>
public sealed record DashboardOptions(string DbPath, string Host = DashboardOptions.LoopbackHost, int Port = DashboardOptions.DefaultPort, string? AttributionOverrides = null)
{
    /// <summary>The address the dashboard binds by default.</summary>
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Requests a client may make per window (ASP.NET Core's fixed-window rate limiter, per client address).</summary>
    public int RequestsPerWindow { get; init; } = 600;

    /// <summary>The rate limiter's window.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>True when the host is a loopback address (no warning is printed).</summary>
    public bool IsLoopback => Host is LoopbackHost or "localhost" or "::1" or "[::1]";
}
