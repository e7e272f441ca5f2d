using System.Net;

namespace AiRace.Sources.Live;

/// <summary>One retry about to happen: which attempt (1-based) comes next, after what wait, and why (a status or an exception).</summary>
internal sealed record RetryNotice(int NextAttempt, TimeSpan Delay, HttpStatusCode? Status, Exception? Error);
