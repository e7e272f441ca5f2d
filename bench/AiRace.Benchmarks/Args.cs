using System.Globalization;

namespace AiRace.Benchmarks;

/// <summary>Reads <c>--name value</c> and <c>--flag</c> options of a benchmark mode.</summary>
internal static class Args
{
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static bool Flag(string[] args, string name) => args.Contains(name, StringComparer.Ordinal);
}
