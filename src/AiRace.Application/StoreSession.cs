using AiRace.Application.Caching;
using AiRace.Core.Attribution;
using AiRace.Sources.Attribution;
using AiRace.Store;

namespace AiRace.Application;

/// <summary>
/// What every query reads: the store (opened read-only by <see cref="OpenReadOnly"/>, or one the caller holds) and the
/// country attribution policy built for it once (the bundled table, the store's imported Epoch table, the user's overrides).
/// </summary>
public sealed class StoreSession : IDisposable
{
    private readonly bool _owned;
    private readonly string? _overridesPath;
    private CountryAttribution? _attribution;

    /// <param name="store">A store the caller holds (and disposes).</param>
    /// <param name="attributionOverrides">A CSV <c>organization,country</c> whose rows override every other attribution, or null.</param>
    public StoreSession(AiRaceStore store, string? attributionOverrides = null)
        : this(store, attributionOverrides, owned: false)
    {
    }

    private StoreSession(AiRaceStore store, string? attributionOverrides, bool owned)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        _overridesPath = attributionOverrides;
        _owned = owned;
        Cache = ResultCache.DisabledByEnvironment ? null : new ResultCache(store, attributionOverrides);
    }

    /// <summary>The store the queries read.</summary>
    public AiRaceStore Store { get; }

    /// <summary>
    /// The cache of the queries' results (see <see cref="ResultCache"/>); null computes every result. Set it to share an
    /// in-process layer (<c>new ResultCache(store, overrides, memory)</c>) or to turn caching off.
    /// </summary>
    public ResultCache? Cache { get; init; }

    /// <summary>The country attribution policy (built on first use).</summary>
    public CountryAttribution Attribution => _attribution ??= AttributionPolicy.For(Store, _overridesPath);

    /// <summary>Opens the store at <paramref name="path"/> read-only (it never waits for a writer); disposing the session closes it.</summary>
    public static StoreSession OpenReadOnly(string path, string? attributionOverrides = null) =>
        new(AiRaceStore.OpenReadOnly(path), attributionOverrides, owned: true);

    /// <summary>
    /// The cached result of <paramref name="query"/> (its JSON is the key: a query record, or an object of every input that
    /// is not in the store, such as options and a seed), or <paramref name="compute"/>d; <typeparamref name="T"/> must
    /// round-trip through JSON (a result record). <paramref name="asOf"/> is the query's as-of date (null: everything).
    /// </summary>
    public T Cached<T>(string kind, object query, DateOnly? asOf, Func<T> compute)
        where T : class =>
        Cache is null ? compute() : Cache.GetOrCompute(kind, ResultCache.KeyOf(query), asOf, compute);

    /// <summary>Writes the cache's misses back when it can (never throws), and closes the store when the session opened it.</summary>
    public void Dispose()
    {
        Cache?.Flush();
        if (_owned)
        {
            Store.Dispose();
        }
    }
}
