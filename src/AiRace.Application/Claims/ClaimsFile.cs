using System.Globalization;
using AiRace.Core;
using AiRace.Core.Claims;
using CsvHelper;
using CsvHelper.Configuration;

namespace AiRace.Application.Claims;

/// <summary>
/// Reads claims CSVs: the bundled <c>Resources/claims.csv</c> and a user's <c>--claims FILE</c> in the same columns. A malformed
/// row is one <see cref="AiRaceException"/> line naming the file, the line, the column, the value and the fix.
/// </summary>
public static class ClaimsFile
{
    /// <summary>The columns, in the bundled file's order.</summary>
    public static readonly string[] Columns =
    [
        "id", "who", "date", "language", "quote_original", "quote_en", "source_url", "claim", "claim_vi", "claim_type",
        "metrics", "groups", "threshold", "window_months", "from", "to", "low", "high", "data", "command",
    ];

    /// <summary>Columns a file may leave out.</summary>
    public static readonly string[] OptionalColumns = ["who_vi"];

    private const string BundledName = "claims.csv";

    /// <summary>The bundled claims.</summary>
    public static IReadOnlyList<ClaimDefinition> Bundled()
    {
        using var stream = typeof(ClaimsFile).Assembly.GetManifestResourceStream("AiRace.Application.Resources.claims.csv")
            ?? throw new InvalidOperationException("The bundled claims ledger is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader, BundledName);
    }

    /// <summary>A user's claims file: a usage error when it does not exist, a bad-data error naming the line when a row is wrong.</summary>
    public static IReadOnlyList<ClaimDefinition> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new AiRaceException(
                ErrorKind.Usage, $"The claims file '{path}' does not exist. Pass a CSV with the columns {string.Join(",", Columns)} (see the README, Claims).");
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>The bundled claims, then the user's (a user row with a bundled row's id replaces it).</summary>
    public static IReadOnlyList<ClaimDefinition> BundledPlus(string? userFile)
    {
        var list = Bundled().ToList();
        if (userFile is null)
        {
            return list;
        }

        foreach (var claim in Load(userFile))
        {
            var i = list.FindIndex(c => string.Equals(c.Id, claim.Id, StringComparison.OrdinalIgnoreCase));
            if (i >= 0)
            {
                list[i] = claim;
            }
            else
            {
                list.Add(claim);
            }
        }

        return list;
    }

    public static IReadOnlyList<ClaimDefinition> Parse(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new AiRaceException(ErrorKind.BadData, $"Cannot read '{file}': it is empty. Start it with the header line {string.Join(",", Columns)}.");
        }

        var missing = Columns.Where(c => !csv.HeaderRecord!.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new AiRaceException(
                ErrorKind.BadData,
                $"Cannot read '{file}' line 1: the header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}. Use the header {string.Join(",", Columns)}.");
        }

        var list = new List<ClaimDefinition>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var row = new ClaimRow(csv, file, csv.Parser.RawRow);
            var claim = row.Read();
            if (!ids.Add(claim.Id))
            {
                throw row.Bad("id", claim.Id, "an id not used by an earlier row");
            }

            list.Add(claim);
        }

        return list;
    }
}
