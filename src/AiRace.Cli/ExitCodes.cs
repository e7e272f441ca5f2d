namespace AiRace.Cli;

/// <summary>The exit codes of <c>airace</c>, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadData = 2;
    public const int SourceUnavailable = 3;

    /// <summary>A failure AiRace did not expect (a bug): one line, the stack trace only with <c>--debug</c>.</summary>
    public const int InternalError = 70;

    public const int Cancelled = 130;

    /// <summary>The exit code of an <see cref="AiRace.Core.AiRaceException"/> of <paramref name="kind"/>.</summary>
    public static int For(AiRace.Core.ErrorKind kind) => kind switch
    {
        AiRace.Core.ErrorKind.Usage => Usage,
        AiRace.Core.ErrorKind.BadData => BadData,
        _ => SourceUnavailable,
    };
}
