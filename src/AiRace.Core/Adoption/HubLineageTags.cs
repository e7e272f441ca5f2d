namespace AiRace.Core.Adoption;

/// <summary>
/// Reads a repository's base model and licence from Hub metadata, by the rules the store's JSON reader also applies:
/// the first <c>base_model:&lt;relation&gt;:&lt;id&gt;</c> tag (relation finetune, adapter, quantized or merge); else the card's
/// <c>base_model</c> (the first, when a list); else the first plain <c>base_model:&lt;id&gt;</c> tag, with relation <c>unknown</c>.
/// A base equal to the repository itself is no base. Licence: the card's <c>license</c>, else the first <c>license:</c> tag.
/// </summary>
public static class HubLineageTags
{
    private const string BasePrefix = "base_model:";
    private const string LicensePrefix = "license:";

    /// <summary>The base repository and relation name, or (null, null) for an original.</summary>
    public static (string? Base, string? Relation) Base(string repoId, IReadOnlyList<string>? tags, string? cardBaseModel)
    {
        string? relTagBase = null, relation = null, plainTagBase = null;
        foreach (var tag in tags ?? [])
        {
            if (!tag.StartsWith(BasePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = tag[BasePrefix.Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && DerivativeRelationNames.IsHubRelation(rest[..colon]))
            {
                if (relTagBase is null)
                {
                    relation = rest[..colon];
                    relTagBase = rest[(colon + 1)..];
                }
            }
            else
            {
                plainTagBase ??= rest;
            }
        }

        var found = relTagBase ?? cardBaseModel ?? plainTagBase;
        if (string.IsNullOrEmpty(found) || string.Equals(found, repoId, StringComparison.Ordinal))
        {
            return (null, null);
        }

        return (found, relTagBase is null ? "unknown" : relation);
    }

    /// <summary>The licence: the card's value, else the first <c>license:</c> tag; null when neither.</summary>
    public static string? License(IReadOnlyList<string>? tags, string? cardLicense)
    {
        if (cardLicense is not null)
        {
            return cardLicense;
        }

        foreach (var tag in tags ?? [])
        {
            if (tag.StartsWith(LicensePrefix, StringComparison.Ordinal))
            {
                return tag[LicensePrefix.Length..];
            }
        }

        return null;
    }
}
