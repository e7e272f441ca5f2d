using System.Globalization;
using CsvHelper;

namespace AiRace.Web.Http;

/// <summary>A table as a page shows it, for the page's <c>.csv</c> twin (written by CsvHelper, invariant culture).</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    public string Write()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var h in Header)
            {
                csv.WriteField(h);
            }

            csv.NextRecord();
            foreach (var row in Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>A number as the CSV writes it (invariant, round-trip).</summary>
    public static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A date as the CSV writes it (<c>YYYY-MM-DD</c>).</summary>
    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
