namespace AiRace.Cli;

/// <summary>The exit codes of <c>airace</c>, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadData = 2;
    public const int SourceUnavailable = 3;
    public const int Cancelled = 130;
}
