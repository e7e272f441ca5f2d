using System.Globalization;
using AiRace.Core;
using AiRace.Core.Domain;
using CsvHelper;
using CsvHelper.Configuration;

namespace AiRace.Sources;

/// <summary>
/// A hand-written table of model names that sources spell differently from the model's key (<c>alias,key,evidence</c>).
/// Only genuine exceptions belong here: the bulk of names is matched by <see cref="ModelKeys.Normalize"/> and by the
/// display names keyed sources publish beside their keys.
/// </summary>
public sealed class ModelAliasTable
{
    private const string ResourceName = "AiRace.Sources.Resources.model-aliases.csv";
    private static readonly Lazy<ModelAliasTable> BundledTable = new(LoadBundled);
    private readonly Dictionary<string, string> _keys;

    private ModelAliasTable(Dictionary<string, string> keys) => _keys = keys;

    /// <summary>The bundled table (<c>Resources/model-aliases.csv</c>), parsed once.</summary>
    public static ModelAliasTable Bundled => BundledTable.Value;

    /// <summary>The number of aliases.</summary>
    public int Count => _keys.Count;

    /// <summary>Every alias (normalized) with its key.</summary>
    public IReadOnlyDictionary<string, string> Entries => _keys;

    /// <summary>The key for a name: its alias entry, or the name itself, normalized.</summary>
    public string Resolve(string name) => _keys.TryGetValue(ModelKeys.Normalize(name), out var key) ? key : ModelKeys.Normalize(name);

    /// <summary>
    /// Parses a table with the header <c>alias,key,evidence</c>. An alias listed twice with different keys, an alias
    /// equal to its key, a key that is itself an alias, or a row without evidence is refused, naming the line.
    /// </summary>
    public static ModelAliasTable Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not ["alias", "key", "evidence"])
        {
            throw new AiRaceException(ErrorKind.BadData, $"Cannot read '{fileName}': the header must be 'alias,key,evidence'.");
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var alias = ModelKeys.Normalize(csv.GetField("alias") ?? string.Empty);
            var key = ModelKeys.Normalize(csv.GetField("key") ?? string.Empty);
            var problem =
                alias.Length == 0 || key.Length == 0 ? "an alias and a key are required" :
                alias == key ? $"alias '{alias}' normalizes to its own key; drop the row" :
                string.IsNullOrWhiteSpace(csv.GetField("evidence")) ? "say how the alias was verified in 'evidence'" :
                keys.TryGetValue(alias, out var other) && other != key ? $"alias '{alias}' already maps to '{other}'" :
                null;
            if (problem is not null)
            {
                throw new AiRaceException(ErrorKind.BadData, $"Cannot read '{fileName}' line {line}: {problem}.");
            }

            keys[alias] = key;
        }

        var chained = keys.FirstOrDefault(kv => keys.ContainsKey(kv.Value));
        if (chained.Key is not null)
        {
            throw new AiRaceException(
                ErrorKind.BadData, $"Cannot read '{fileName}': key '{chained.Value}' of alias '{chained.Key}' is itself an alias; point the alias at the final key.");
        }

        return new ModelAliasTable(keys);
    }

    private static ModelAliasTable LoadBundled()
    {
        using var stream = typeof(ModelAliasTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The bundled model alias table is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "model-aliases.csv");
    }
}
