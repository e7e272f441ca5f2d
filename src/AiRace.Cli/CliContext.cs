using System.CommandLine;
using AiRace.Application;
using AiRace.Application.Caching;
using AiRace.Cli.Output;
using AiRace.Core.Attribution;
using AiRace.Sources.Starter;
using AiRace.Store;
using Spectre.Console;

namespace AiRace.Cli;

/// <summary>What a command needs from the invocation: the parsed options, the output writers and the store.</summary>
internal sealed class CliContext : IDisposable
{
    private AiRaceStore? _store;
    private StoreWriter? _writer;
    private string? _dbPath;
    private StoreSession? _session;

    private readonly Func<TextWriter, IAnsiConsole> _consoles;

    public CliContext(ParseResult parse, TextWriter stdout, TextWriter stderr, Func<TextWriter, IAnsiConsole>? consoles = null)
    {
        _consoles = consoles ?? Render.Console;
        Parse = parse;
        Out = stdout;
        Err = stderr;
        Format = parse.GetValue(GlobalOptions.Format);
        Debug = parse.GetValue(GlobalOptions.Debug);
        AsOf = parse.GetValue(GlobalOptions.AsOf);
    }

    public ParseResult Parse { get; }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    public OutputFormat Format { get; }

    public bool Debug { get; }

    /// <summary>The store path (resolved on first use, so an empty <c>--db</c> is reported by the exception boundary).</summary>
    public string DbPath => _dbPath ??= StorePaths.Resolve(Parse.GetValue(GlobalOptions.Db), Parse.GetResult(GlobalOptions.Db) is not null);

    /// <summary>The <c>--as-of</c> date: use only data retrieved on or before it (null: everything).</summary>
    public DateOnly? AsOf { get; }

    /// <summary>
    /// The store to read: the last published store, opened read-only on first use (it never waits for a writer), or the
    /// staging copy when this command writes (<see cref="WritableStore"/>).
    /// </summary>
    public AiRaceStore Store => _writer?.Store ?? (_store ??= AiRaceStore.OpenReadOnly(DbPath));

    /// <summary>
    /// The store to write: a staging copy under the store's writer lock, published (renamed over the store) when the command
    /// returns, discarded when it throws or the process dies. A second writer is told the store is busy.
    /// </summary>
    public AiRaceStore WritableStore
    {
        get
        {
            if (_writer is null)
            {
                _store?.Dispose();
                _store = null;
                _session = null;
                _writer = StoreWriter.Begin(DbPath);
            }

            return _writer.Store;
        }
    }

    /// <summary>True when the store file exists (read commands refuse a missing store; only writers create one).</summary>
    public bool StoreExists => AiRaceStore.Exists(DbPath);

    /// <summary>
    /// Replaces the store this command reads with an in-memory one holding the bundled starter dataset; the store file is
    /// neither created nor changed. Returns the rows loaded.
    /// </summary>
    public long UseStarterData()
    {
        if (_writer is not null)
        {
            throw new InvalidOperationException("The starter data is for reading; this command already writes the store.");
        }

        _store?.Dispose();
        _store = AiRaceStore.OpenInMemory();
        _session = null;
        return StarterDataset.LoadInto(_store).Rows;
    }

    /// <summary>A Spectre console over <paramref name="writer"/> (tests pass their own, e.g. an interactive one of fixed width).</summary>
    public IAnsiConsole Console(TextWriter writer) => _consoles(writer);

    /// <summary>Publishes what the command wrote (nothing happens for a command that only read).</summary>
    public void Publish()
    {
        // import, update and rebuild publish the default results with the data (see CacheWarmup).
        _writer?.Publish(() => CacheWarmup.Run(Session));
    }

    /// <summary>What the application layer's queries read: <see cref="Store"/> and the policy with the --attribution overrides.</summary>
    public StoreSession Session => _session ??= new StoreSession(Store, Parse.GetValue(GlobalOptions.Attribution)?.FullName);

    /// <summary>The country attribution policy: bundled table, the store's Epoch table, and the --attribution overrides.</summary>
    public CountryAttribution Attribution => Session.Attribution;

    public T? Get<T>(Option<T> option) => Parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => Parse.GetValue(argument);

    public void Dispose()
    {
        _session?.Dispose();
        _store?.Dispose();
        _writer?.Dispose();
    }
}
