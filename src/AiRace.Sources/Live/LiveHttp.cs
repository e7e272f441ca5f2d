using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace AiRace.Sources.Live;

/// <summary>
/// Builds the HTTP client of one source run on Microsoft.Extensions.Http.Resilience (Polly): an overall timeout per request,
/// retries with jittered exponential backoff on 408/429/5xx, timeouts and broken connections (honouring <c>Retry-After</c>
/// up to <see cref="LiveOptions.MaxRetryAfter"/>), the source's rate limit, and a timeout per attempt that covers the body.
/// </summary>
internal static class LiveHttp
{
    private const long MaxBodyBytes = 1L << 30;

    public static HttpClient Create(LiveOptions options, RateLimit? limit, Action<RetryNotice>? onRetry)
    {
        var pipeline = Pipeline(options, limit, onRetry);
        var sockets = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,

            // SourceRun follows redirects itself, so credential headers never follow one to another origin.
            AllowAutoRedirect = false,
            ConnectTimeout = options.AttemptTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var handler = new ResilienceHandler(pipeline) { InnerHandler = new BufferingHandler(MaxBodyBytes) { InnerHandler = sockets } };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("airace/1.0 (+https://github.com/airace)");
        return client;
    }

    internal static ResiliencePipeline<HttpResponseMessage> Pipeline(LiveOptions options, RateLimit? limit, Action<RetryNotice>? onRetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.RequestTimeout })
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetries > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome) && !WaitTooLong(args.Outcome.Result, options)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    onRetry?.Invoke(new RetryNotice(args.AttemptNumber + 2, args.RetryDelay, args.Outcome.Result?.StatusCode, args.Outcome.Exception));
                    return default;
                },
            });
        if (limit is not null && options.RateLimits)
        {
            builder.AddRateLimiter(new RateLimiterStrategyOptions
            {
                DefaultRateLimiterOptions = new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = int.MaxValue },
                RateLimiter = Limiter(limit),
            });
        }

        return builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout }).Build();
    }

    private static Func<RateLimiterArguments, ValueTask<RateLimitLease>> Limiter(RateLimit limit)
    {
        // A fixed window matches how the Hub and OpenRouter count; requests beyond the budget wait for the next window.
        var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Requests,
            Window = limit.Window,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        return args => limiter.AcquireAsync(1, args.Context.CancellationToken);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }

        var delay = header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } d ? (d < TimeSpan.Zero ? TimeSpan.Zero : d) : null;
    }

    private static bool WaitTooLong(HttpResponseMessage? response, LiveOptions options) =>
        RetryAfter(response) is { } wait && wait > options.MaxRetryAfter;

    /// <summary>Whether an exception is one of the pipeline's timeouts.</summary>
    public static bool IsTimeout(Exception ex) => ex is TimeoutRejectedException;
}
