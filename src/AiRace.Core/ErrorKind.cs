namespace AiRace.Core;

/// <summary>The class of an <see cref="AiRaceException"/>; the CLI maps it to an exit code.</summary>
public enum ErrorKind
{
    /// <summary>A wrong flag, an unknown metric or group: exit code 1.</summary>
    Usage = 1,

    /// <summary>A malformed file or value: exit code 2.</summary>
    BadData = 2,

    /// <summary>A source or store that cannot be reached or opened: exit code 3.</summary>
    SourceUnavailable = 3,
}
