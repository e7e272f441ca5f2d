using System.Text;

namespace AiRace.Core.Domain;

/// <summary>Normalizes model names and ids from different sources to one key.</summary>
public static class ModelKeys
{
    /// <summary>
    /// Lower-cases (invariant), trims, turns runs of whitespace, '_' and '-' into one '-',
    /// and drops characters other than letters, digits, '.', '-', ':', '/' and '+'. Idempotent.
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var raw in name.Normalize(NormalizationForm.FormKC).Trim())
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c) || c == '_' || c == '-')
            {
                pendingDash = sb.Length > 0;
                continue;
            }

            if (!(char.IsLetterOrDigit(c) || c is '.' or ':' or '/' or '+'))
            {
                continue;
            }

            if (pendingDash)
            {
                sb.Append('-');
                pendingDash = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
