namespace AiRace.Sources.Live;

/// <summary>How one source's update ended.</summary>
public enum SourceRunStatus
{
    Updated,
    Unchanged,
    Skipped,
    Failed,
}
