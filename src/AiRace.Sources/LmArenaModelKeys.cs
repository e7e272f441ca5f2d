using AiRace.Core.Domain;

namespace AiRace.Sources;

/// <summary>
/// The one way every LMArena importer turns a model id or display name into a model key: the bundled alias table,
/// else <see cref="ModelKeys.Normalize"/>. Importers that publish a display name beside a key also record it as an alias
/// (scope <see cref="Scope"/>), so the store merges names seen in key-less files (fboulnois) into the same model.
/// </summary>
internal static class LmArenaModelKeys
{
    /// <summary>The alias scope shared by every LMArena import.</summary>
    public const string Scope = "lmarena";

    /// <summary>The key for an LMArena id or display name.</summary>
    public static string Resolve(string nameOrKey) => ModelAliasTable.Bundled.Resolve(nameOrKey);

    /// <summary>The aliases a keyed source states for one model: the key itself, and its display name when there is one.</summary>
    public static IEnumerable<ModelAlias> Aliases(string key, string? displayName)
    {
        yield return new ModelAlias(key, key);
        if (displayName is not null && ModelKeys.Normalize(displayName) is { Length: > 0 } alias && alias != key)
        {
            yield return new ModelAlias(alias, key);
        }
    }
}
