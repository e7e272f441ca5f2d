using System.Globalization;
using System.Security.Cryptography;
using AiRace.Core;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Store;
using CsvHelper;

namespace AiRace.Sources.Starter;

/// <summary>
/// The bundled starter dataset (<c>Resources/starter-models.csv</c> and <c>starter-scores.csv</c>): frontier models from the
/// US, China and elsewhere, 2023 onwards, hand-curated from public announcements with a source URL on every row. It is
/// loaded as a normal import (kind <c>starter</c>) so that <c>airace report</c> has something to show on an empty store.
/// </summary>
public static class StarterDataset
{
    public const string Kind = "starter";

    public const string Attribution = "AiRace starter dataset, hand-curated from public announcements; a source URL on every row";

    private const string ModelsFile = "starter-models.csv";
    private const string ScoresFile = "starter-scores.csv";

    /// <summary>Reads both files into one batch. Throws BadData naming the file, line and value on a malformed row.</summary>
    public static ImportBatch Read()
    {
        var batch = new ImportBatch(Kind, Attribution);
        batch.Metrics.AddRange(StarterMetrics.All);
        var releases = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (line, row) in Rows(ModelsFile))
        {
            var key = ModelKeys.Normalize(Required(ModelsFile, line, row, "key"));
            var date = ParseDate(line, Required(ModelsFile, line, row, "release_date"));
            var country = CountryCodes.FromIso(Required(ModelsFile, line, row, "country"))
                ?? throw Bad(ModelsFile, line, "country", row["country"], "an ISO 3166-1 alpha-2 code such as US or CN");
            var openness = Required(ModelsFile, line, row, "openness") switch
            {
                "open" => Openness.Open,
                "closed" => Openness.Closed,
                var other => throw Bad(ModelsFile, line, "openness", other, "'open' or 'closed'"),
            };
            Required(ModelsFile, line, row, "source_url");
            if (!releases.TryAdd(key, date))
            {
                throw Bad(ModelsFile, line, "key", key, "a key not listed on an earlier row");
            }

            batch.Models.Add(new ModelRecord(
                key, Required(ModelsFile, line, row, "name"), Required(ModelsFile, line, row, "organization"), date, openness, country, key));
        }

        var metrics = StarterMetrics.All.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var (line, row) in Rows(ScoresFile))
        {
            var key = ModelKeys.Normalize(Required(ScoresFile, line, row, "model_key"));
            if (!releases.TryGetValue(key, out var date))
            {
                throw Bad(ScoresFile, line, "model_key", key, $"a key listed in {ModelsFile}");
            }

            var metric = Required(ScoresFile, line, row, "metric");
            if (!metrics.ContainsKey(metric))
            {
                throw Bad(ScoresFile, line, "metric", metric, string.Join(" or ", metrics.Keys));
            }

            var text = Required(ScoresFile, line, row, "score");
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || score is < 0 or > 100)
            {
                throw Bad(ScoresFile, line, "score", text, "a percentage between 0 and 100");
            }

            Required(ScoresFile, line, row, "source_url");
            batch.Observations.Add(new Observation(metric, key, date, score));
        }

        return batch;
    }

    /// <summary>The identity of the bundled files (one sha256 over both), as the store records imports.</summary>
    public static ImportSource Source()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        foreach (var file in new[] { ModelsFile, ScoresFile })
        {
            using var stream = Open(file);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            sha.AppendData(copy.ToArray());
            bytes += copy.Length;
        }

        return new ImportSource(
            $"{ModelsFile}+{ScoresFile}", "embedded:AiRace.Sources/Resources/starter-*.csv", Convert.ToHexStringLower(sha.GetHashAndReset()), bytes);
    }

    /// <summary>Imports the dataset into <paramref name="store"/> (once: a second call returns AlreadyImported).</summary>
    public static ImportOutcome LoadInto(AiRaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var source = Source();
        return store.FindImport(source.Sha256, Kind) is { } id
            ? new ImportOutcome(id, 0, AlreadyImported: true)
            : store.Import(Read(), source);
    }

    private static IEnumerable<(long Line, IReadOnlyDictionary<string, string> Row)> Rows(string file)
    {
        using var reader = new StreamReader(Open(file));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = csv.GetField(i)?.Trim() ?? string.Empty;
            }

            yield return (csv.Parser.RawRow, row);
        }
    }

    private static Stream Open(string file) =>
        typeof(StarterDataset).Assembly.GetManifestResourceStream($"AiRace.Sources.Resources.{file}")
        ?? throw new InvalidOperationException($"The bundled starter file '{file}' is missing from the build.");

    private static string Required(string file, long line, IReadOnlyDictionary<string, string> row, string column)
    {
        if (!row.TryGetValue(column, out var value))
        {
            throw new AiRaceException(ErrorKind.BadData, $"Cannot read '{file}': column '{column}' is missing from the header.");
        }

        return value.Length > 0 ? value : throw Bad(file, line, column, value, "a value");
    }

    private static DateOnly ParseDate(long line, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad(ModelsFile, line, "release_date", text, "a date (YYYY-MM-DD)");

    private static AiRaceException Bad(string file, long line, string column, string? value, string expected) =>
        new(ErrorKind.BadData, $"Cannot read bundled '{file}' line {line}: column '{column}' is '{value}', expected {expected}. Fix that row in src/AiRace.Sources/Resources.");
}
