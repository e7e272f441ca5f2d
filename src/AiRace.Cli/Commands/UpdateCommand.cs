using System.CommandLine;
using AiRace.Cli.Help;
using System.Globalization;
using AiRace.Cli.Output;
using AiRace.Cli.Update;
using AiRace.Core;
using AiRace.Sources.Live;
using Spectre.Console;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace update</c>: pulls every live source (or those named with --source) into the store. Each source commits
/// completely or not at all; a failed source is named with its URL and status, the others still run, and the exit code is 3.
/// </summary>
internal sealed class UpdateCommand : ICliCommand
{
    private readonly Option<string[]> _sources = new("--source") { Description = $"A source to update (repeatable): {string.Join(", ", LiveUpdater.SourceNames)}, or all (the default)." };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "No progress and no per-source lines: only errors (and the JSON summary with --format json)." };
    private readonly Option<FileInfo?> _config = new("--config") { Description = "A JSON file of API keys and endpoints, readable only by its owner (default $AIRACE_CONFIG, else ~/.config/airace/config.json)." };
    private readonly Option<string[]> _baseUrls = new("--base-url") { Description = "A mirror for one source, NAME=URL (repeatable), e.g. huggingface=http://127.0.0.1:5077." };
    private readonly Option<string[]> _hubAuthors = new("--hf-author") { Description = "A Hugging Face namespace to list (repeatable); default: every namespace of the bundled organizations table." };
    private readonly Option<int> _hubDerivatives = new("--hf-derivatives") { Description = "How many of each namespace's most downloaded models get derivative counts (0 for none).", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _timeout = new("--timeout") { Description = "Seconds one attempt (connect, headers, body) may take before it is retried.", DefaultValueFactory = _ => 30 };
    private readonly Option<int> _retries = new("--retries") { Description = "Retries after a 408, 429, 5xx, timeout or broken connection.", DefaultValueFactory = _ => 4 };
    private readonly Option<double> _retryDelay = new("--retry-delay") { Description = "Seconds before the first retry; later ones back off exponentially with jitter (Retry-After wins).", DefaultValueFactory = _ => 2 };
    private readonly Option<double> _deadline = new("--deadline") { Description = "Seconds one source's whole run may take.", DefaultValueFactory = _ => 1800 };
    private readonly Option<DateOnly?> _openRouterStart = new("--openrouter-start") { Description = "First day of the OpenRouter rankings window (YYYY-MM-DD; default: the API's last 30 days).", CustomParser = AsOfDate.Parse };
    private readonly Option<bool> _lmArenaLatest = new("--lmarena-latest") { Description = "Read only LMArena's latest leaderboards, not the full history." };

    public string Name => "update";

    public Command Build()
    {
        var cmd = new Command(Name, "Pull the latest data from the live sources (Hugging Face, OpenRouter, LMArena, Epoch AI, Artificial Analysis), all or nothing per source.");
        foreach (var o in new Option[] { _sources, _quiet, _config, _baseUrls, _hubAuthors, _hubDerivatives, _timeout, _retries, _retryDelay, _deadline, _openRouterStart, _lmArenaLatest })
        {
            cmd.Options.Add(o);
        }

        return cmd.WithExample("airace update --source huggingface --source openrouter --quiet");
    }

    public int Execute(CliContext ctx)
    {
        // The store's writer lock first: a second update (or any writer) is told the store is busy before any request.
        var store = ctx.WritableStore;
        var config = LiveConfig.Load(Environment.GetEnvironmentVariable, ctx.Get(_config)?.FullName);
        var options = Options(ctx, config);
        var quiet = ctx.Get(_quiet);
        var names = ctx.Get(_sources) ?? [];
        var console = Render.Console(ctx.Err);
        var bars = !quiet && ctx.Format == OutputFormat.Table && console.Profile.Capabilities.Interactive;
        IReadOnlyList<SourceRunResult> results;
        if (bars)
        {
            results = console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
                .StartAsync(p => new LiveUpdater(store, options, config, new ProgressBars(p)).RunAsync(names, CancellationToken.None))
                .GetAwaiter().GetResult();
        }
        else
        {
            results = new LiveUpdater(store, options, config).RunAsync(names, CancellationToken.None).GetAwaiter().GetResult();
        }

        foreach (var failed in results.Where(r => r.Status == SourceRunStatus.Failed))
        {
            ctx.Err.WriteLine($"error: {failed.Source}: {failed.Message}");
        }

        var summary = UpdateSummary.Of(results);
        if (ctx.Format == OutputFormat.Json)
        {
            Render.WriteJson(ctx.Out, summary);
        }
        else if (!quiet)
        {
            foreach (var r in results)
            {
                ctx.Out.WriteLine(UpdateSummary.Line(r));
            }

            ctx.Out.WriteLine(summary.Text());
        }

        return summary.Failed > 0 ? ExitCodes.SourceUnavailable : ExitCodes.Ok;
    }

    private LiveOptions Options(CliContext ctx, LiveConfig config)
    {
        var baseUrls = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in ctx.Get(_baseUrls) ?? [])
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new AiRaceException(ErrorKind.Usage, $"--base-url '{pair}' is not NAME=URL; e.g. --base-url huggingface=http://127.0.0.1:5077.");
            }

            baseUrls[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }

        var authors = ctx.Get(_hubAuthors);
        var retries = ctx.Get(_retries);
        if (retries < 0)
        {
            throw new AiRaceException(ErrorKind.Usage, $"--retries {retries} is negative; pass 0 or more.");
        }

        return new LiveOptions
        {
            AttemptTimeout = Seconds(ctx.Get(_timeout), "--timeout"),
            MaxRetries = retries,
            RetryDelay = Seconds(ctx.Get(_retryDelay), "--retry-delay", allowZero: true),
            Deadline = Seconds(ctx.Get(_deadline), "--deadline"),
            RequestTimeout = TimeSpan.FromSeconds(Math.Max(300, ctx.Get(_timeout) * (retries + 1) * 2)),
            BaseUrls = baseUrls,
            HubNamespaces = authors is { Length: > 0 } ? authors : null,
            HubDerivativeModels = Math.Max(ctx.Get(_hubDerivatives), 0),
            OpenRouterRankingsStart = ctx.Get(_openRouterStart),
            LmArenaLatestOnly = ctx.Get(_lmArenaLatest),
            Diagnostics = ctx.Debug ? line => ctx.Err.WriteLine("debug: " + config.Redact(line)) : null,
        };
    }

    private static TimeSpan Seconds(double value, string option, bool allowZero = false) =>
        value > 0 || (allowZero && value == 0)
            ? TimeSpan.FromSeconds(value)
            : throw new AiRaceException(ErrorKind.Usage, $"{option} {value.ToString(CultureInfo.InvariantCulture)} must be a positive number of seconds.");
}
