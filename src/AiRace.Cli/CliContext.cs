using System.CommandLine;
using AiRace.Cli.Output;
using AiRace.Core.Attribution;
using AiRace.Sources.Attribution;
using AiRace.Store;

namespace AiRace.Cli;

/// <summary>What a command needs from the invocation: the parsed options, the output writers and the store.</summary>
internal sealed class CliContext : IDisposable
{
    private AiRaceStore? _store;
    private CountryAttribution? _attribution;

    public CliContext(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        Parse = parse;
        Out = stdout;
        Err = stderr;
        Format = parse.GetValue(GlobalOptions.Format);
        Debug = parse.GetValue(GlobalOptions.Debug);
        DbPath = StorePaths.Resolve(parse.GetValue(GlobalOptions.Db));
        AsOf = parse.GetValue(GlobalOptions.AsOf);
    }

    public ParseResult Parse { get; }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    public OutputFormat Format { get; }

    public bool Debug { get; }

    public string DbPath { get; }

    /// <summary>The <c>--as-of</c> date: use only data retrieved on or before it (null: everything).</summary>
    public DateOnly? AsOf { get; }

    /// <summary>The store, opened (and created or migrated) on first use.</summary>
    public AiRaceStore Store => _store ??= AiRaceStore.Open(DbPath);

    /// <summary>The country attribution policy: bundled table, the store's Epoch table, and the --attribution overrides.</summary>
    public CountryAttribution Attribution =>
        _attribution ??= AttributionPolicy.For(Store, Parse.GetValue(GlobalOptions.Attribution)?.FullName);

    public T? Get<T>(Option<T> option) => Parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => Parse.GetValue(argument);

    public void Dispose() => _store?.Dispose();
}
