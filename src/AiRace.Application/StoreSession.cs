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
    }

    /// <summary>The store the queries read.</summary>
    public AiRaceStore Store { get; }

    /// <summary>The country attribution policy (built on first use).</summary>
    public CountryAttribution Attribution => _attribution ??= AttributionPolicy.For(Store, _overridesPath);

    /// <summary>Opens the store at <paramref name="path"/> read-only (it never waits for a writer); disposing the session closes it.</summary>
    public static StoreSession OpenReadOnly(string path, string? attributionOverrides = null) =>
        new(AiRaceStore.OpenReadOnly(path), attributionOverrides, owned: true);

    public void Dispose()
    {
        if (_owned)
        {
            Store.Dispose();
        }
    }
}
