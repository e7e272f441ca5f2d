using AiRace.Core;

namespace AiRace.Cli;

/// <summary>
/// The one place where exceptions become exit codes and one readable line (a stack trace only with --debug). A damaged
/// store or a full disk gets its own line; anything else unexpected is an internal error (exit 70).
/// </summary>
internal static class ErrorBoundary
{
    public static int Run(CliContext ctx, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (AiRaceException ex) when (StoreFailures.Translate(ex, DbPath(ctx)) is null)
        {
            Report(ctx, ex, ex.Message);
            return ExitCodes.For(ex.Kind);
        }
        catch (OperationCanceledException ex)
        {
            Report(ctx, ex, "Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (StoreFailures.Translate(ex, DbPath(ctx)) is { } store)
        {
            Report(ctx, ex, store.Message);
            return ExitCodes.For(store.Kind);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(ctx, ex, $"{ex.Message} Check the path and its permissions.");
            return ExitCodes.SourceUnavailable;
        }
        catch (Exception ex)
        {
            var first = ex.Message.Split('\n')[0].Trim();
            Report(ctx, ex, $"internal error: {ex.GetType().Name}: {first} — run again with --debug and report it.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The store path for naming it in a store failure; an invalid --db (itself the error being reported) names none.</summary>
    private static string DbPath(CliContext ctx)
    {
        try
        {
            return ctx.DbPath;
        }
        catch (AiRaceException)
        {
            return string.Empty;
        }
    }

    private static void Report(CliContext ctx, Exception ex, string line)
    {
        ctx.Err.WriteLine($"error: {line}");
        if (ctx.Debug)
        {
            ctx.Err.WriteLine(ex.ToString());
        }
    }
}
