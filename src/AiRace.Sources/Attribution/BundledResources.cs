namespace AiRace.Sources.Attribution;

/// <summary>Opens a CSV bundled in <c>Resources/</c>.</summary>
internal static class BundledResources
{
    public static StreamReader Open(string fileName)
    {
        var stream = typeof(BundledResources).Assembly.GetManifestResourceStream($"AiRace.Sources.Resources.{fileName}")
            ?? throw new InvalidOperationException($"The bundled table '{fileName}' is missing from the build.");
        return new StreamReader(stream);
    }

    public static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
