using System.Text;

namespace AiRace.Application.Tests.Claims;

/// <summary>Writes claims CSVs for tests: the ledger's header and rows given as column → value (the rest empty).</summary>
internal static class ClaimsCsv
{
    public static string Text(params Dictionary<string, string>[] rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", AiRace.Application.Claims.ClaimsFile.Columns));
        foreach (var row in rows)
        {
            sb.AppendLine(string.Join(",", AiRace.Application.Claims.ClaimsFile.Columns.Select(c => Quote(row.GetValueOrDefault(c, string.Empty)))));
        }

        return sb.ToString();
    }

    /// <summary>A valid row of <paramref name="type"/> with the common fields filled in; <paramref name="fields"/> add or override.</summary>
    public static Dictionary<string, string> Row(string id, string type, params (string Column, string Value)[] fields)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["who"] = "A tester",
            ["date"] = "2025-02-01",
            ["language"] = "en",
            ["quote_original"] = "A quote.",
            ["quote_en"] = "A quote.",
            ["source_url"] = "https://example.org/quote",
            ["claim"] = "A testable claim.",
            ["claim_type"] = type,
            ["groups"] = "US,CN",
            ["command"] = "airace gap --metric x-index --between US,CN",
        };
        foreach (var (c, v) in fields)
        {
            row[c] = v;
        }

        return row;
    }

    private static string Quote(string v) => v.Contains(',') || v.Contains('"') ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
}
