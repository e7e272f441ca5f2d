using AiRace.Core;

namespace AiRace.Cli;

/// <summary>The one place where exceptions become exit codes and one readable line (a stack trace only with --debug).</summary>
internal static class ErrorBoundary
{
    public static int Run(CliContext ctx, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (AiRaceException ex)
        {
            Report(ctx, ex, ex.Message);
            return ex.Kind switch
            {
                ErrorKind.Usage => ExitCodes.Usage,
                ErrorKind.BadData => ExitCodes.BadData,
                _ => ExitCodes.SourceUnavailable,
            };
        }
        catch (OperationCanceledException ex)
        {
            Report(ctx, ex, "Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(ctx, ex, $"{ex.Message} Check the path and its permissions.");
            return ExitCodes.SourceUnavailable;
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
