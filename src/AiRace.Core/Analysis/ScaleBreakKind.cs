namespace AiRace.Core.Analysis;

/// <summary>What kind of scale change a <see cref="ScaleBreak"/> is.</summary>
public enum ScaleBreakKind
{
    /// <summary>Every score moved by about the same amount (a re-anchored scale): gaps within an edition are unchanged, values across editions are not comparable.</summary>
    Offset,

    /// <summary>Scores moved by different amounts (a new rating method, new components or weights): neither values nor gaps compare across it.</summary>
    Method,
}
