using System.Text;

namespace AiRace.Core.Attribution;

/// <summary>The lookup key of an organization name: case-folded, whitespace collapsed, trimmed. Exact matches only, never substrings.</summary>
public static class OrganizationNames
{
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString().TrimEnd('/');
    }
}
