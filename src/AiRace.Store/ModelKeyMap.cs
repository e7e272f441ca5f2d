using AiRace.Core.Domain;

namespace AiRace.Store;

/// <summary>
/// The renaming that the aliases of one scope imply: an alias becomes its key when it is not itself a key of the scope
/// (some source uses it as an id) and names exactly one key. Anything else keeps its own key.
/// </summary>
internal sealed class ModelKeyMap
{
    private readonly Dictionary<string, string> _map;

    public ModelKeyMap(IEnumerable<ModelAlias> aliases)
    {
        var list = aliases.ToList();
        var keys = list.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        _map = list
            .Where(a => a.Alias != a.Key && !keys.Contains(a.Alias))
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .Where(g => g.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
    }

    public IEnumerable<string> Aliases => _map.Keys;

    public string KeyOf(string key) => _map.TryGetValue(key, out var mapped) ? mapped : key;
}
