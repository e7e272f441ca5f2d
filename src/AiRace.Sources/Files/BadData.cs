using AiRace.Core;

namespace AiRace.Sources.Files;

/// <summary>Builds the one-line errors for malformed input: file, line, column, value, and what was expected.</summary>
internal static class BadData
{
    public static AiRaceException At(string file, long line, string column, string? value, string expected) =>
        new(ErrorKind.BadData, $"Cannot read '{file}' line {line}: column '{column}' is '{value}', expected {expected}. Fix or remove that row and import again.");

    public static AiRaceException Missing(string file, string column) =>
        new(ErrorKind.BadData, $"Cannot read '{file}': column '{column}' is missing from the header. Is this the right file, or was it truncated?");

    public static AiRaceException Malformed(string file, string detail, Exception? inner = null) =>
        new(ErrorKind.BadData, $"Cannot read '{file}': {detail}. The file may be truncated or corrupted; download it again.", inner);
}
