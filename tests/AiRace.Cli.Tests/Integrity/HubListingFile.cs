namespace AiRace.Cli.Tests.Integrity;

/// <summary>Writes a generated Hub JSON-lines listing (no real data) large enough to kill an import mid-way.</summary>
internal static class HubListingFile
{
    /// <summary>A Hub JSON-lines listing of <paramref name="records"/> generated models.</summary>
    public static void Write(string path, int records)
    {
        using var w = new StreamWriter(path);
        for (var i = 0; i < records; i++)
        {
            w.WriteLine(AiRace.Testing.HubJson.Model($"lab-{i % 97}/m{i}", 1_000_000 - i, likes: i % 1000, parameters: 7_000_000_000));
        }
    }
}
