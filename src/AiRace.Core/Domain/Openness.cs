namespace AiRace.Core.Domain;

/// <summary>Whether a model's weights are published. <c>Unknown</c> stays unknown: it is never guessed.</summary>
public enum Openness
{
    Unknown = 0,
    Open = 1,
    Closed = 2,
}
