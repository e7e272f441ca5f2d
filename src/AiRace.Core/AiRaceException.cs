namespace AiRace.Core;

/// <summary>The one exception type AiRace throws on purpose. Its message names the bad value and the fix.</summary>
public sealed class AiRaceException : Exception
{
    public AiRaceException(ErrorKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    public AiRaceException()
        : this(ErrorKind.Usage, "AiRace error")
    {
    }

    public AiRaceException(string message)
        : this(ErrorKind.Usage, message)
    {
    }

    public AiRaceException(string message, Exception innerException)
        : this(ErrorKind.Usage, message, innerException)
    {
    }

    /// <summary>What kind of failure this is.</summary>
    public ErrorKind Kind { get; }
}
