namespace AiRace.Web.Tests;

/// <summary>Names a data file could carry that would run script if a page wrote them unescaped.</summary>
public static class HostileNames
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(2)>";

    public static IReadOnlyList<string> All { get; } = [Script, Image];
}
