using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using AiRace.Web.Hosting;
using AiRace.Web.Pages;
using AiRace.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiRace.Web;

/// <summary>
/// Builds the dashboard (<c>airace serve</c>): Kestrel on the given address with request limits, ASP.NET Core's rate
/// limiter, the security headers, <c>ProblemDetails</c> for every error (an HTML error page for a browser), and the Razor pages of <see cref="Pages"/>. Read-only:
/// only GET routes exist.
/// </summary>
public static class DashboardHost
{
    /// <summary>The largest request body accepted: none is needed (no endpoint reads one).</summary>
    public const long MaxRequestBodyBytes = 1024;

    /// <summary>Runs the dashboard until Ctrl+C (or SIGTERM), after writing where it listens to <paramref name="output"/>.</summary>
    public static void Run(DashboardOptions options, TextWriter output, string storeText)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var app = Build(options);
        app.Start();
        output.WriteLine($"Serving {string.Join(", ", app.Urls)} (store {storeText}, read-only). Press Ctrl+C to stop.");
        app.WaitForShutdown();
    }

    /// <summary>The dashboard, built but not started.</summary>
    public static WebApplication Build(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DashboardHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            k.Limits.MaxConcurrentConnections = 1000;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            k.Listen(ParseHost(options.Host), options.Port);
        });
        builder.Services.AddProblemDetails();
        // The Razor pages escape with this encoder: < > & quotes and controls, while letters of every script stay readable (Vietnamese).
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(new DashboardStore(options.DbPath, options.AttributionOverrides));
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerWindow, Window = options.RateWindow, QueueLimit = 0 }));
        });

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<DashboardStore>().OpenInBackground());
        app.Use(async (http, next) =>
        {
            SecurityHeaders.Apply(http.Response.Headers);
            await next(http).ConfigureAwait(false);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapAssetsApi();
        app.MapHomeApi();
        app.MapClaimsApi();
        app.MapMetricsApi();
        app.MapCompareApi();
        app.MapOddsApi();
        app.MapSharesApi();
        app.MapCatalogApi();
        return app;
    }

    private static IPAddress ParseHost(string host) => host switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "0.0.0.0" => IPAddress.Any,
        _ => IPAddress.TryParse(host.Trim('[', ']'), out var ip)
            ? ip
            : throw new Core.AiRaceException(Core.ErrorKind.Usage, $"--host '{host}' is not an IP address: use 127.0.0.1 (the default), ::1, or 0.0.0.0 for every interface."),
    };
}
