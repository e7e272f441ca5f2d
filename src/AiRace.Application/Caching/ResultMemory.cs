using System.Collections.Concurrent;

namespace AiRace.Application.Caching;

/// <summary>
/// The in-process layer of the result cache: results by (kind, key, as-of, content key, format), shared by every session
/// given the same instance (the web server keeps one for its lifetime; each CLI command has its own). Entries of an older
/// content key are never returned; when the layer holds <see cref="Capacity"/> entries it starts over.
/// </summary>
public sealed class ResultMemory
{
    /// <summary>The most entries held before the layer is cleared.</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);

    /// <summary>How many results the layer holds.</summary>
    public int Count => _entries.Count;

    internal bool TryGet<T>(string id, out T value)
    {
        if (_entries.TryGetValue(id, out var o) && o is T t)
        {
            value = t;
            return true;
        }

        value = default!;
        return false;
    }

    internal void Put(string id, object value)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[id] = value;
    }
}
