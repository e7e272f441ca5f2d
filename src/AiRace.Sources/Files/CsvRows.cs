using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace AiRace.Sources.Files;

/// <summary>Header-mapped CSV reading (RFC 4180, BOM, CRLF, quoted line breaks) with typed getters that fail with file, line and value.</summary>
internal sealed class CsvRows : IDisposable
{
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;
    private readonly string _file;
    private readonly bool _endsLines;
    private int _lastFields;
    private string _lastRaw = string.Empty;
    private long _lastLine;

    /// <param name="path">The CSV file.</param>
    /// <param name="endsLines">True for formats whose files end with a newline: one without it was cut short.</param>
    public CsvRows(string path, bool endsLines = false)
    {
        _endsLines = endsLines;
        _file = Path.GetFileName(path);
        _reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
            DetectColumnCountChanges = false,
        };
        _csv = new CsvReader(_reader, config);
        try
        {
            _csv.Read();
            _csv.ReadHeader();
        }
        catch (CsvHelperException ex)
        {
            throw BadData.Malformed(_file, "no CSV header", ex);
        }

        Header = _csv.HeaderRecord ?? [];
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The 1-based line of the current record in the file.</summary>
    public long Line => _csv.Parser.RawRow;

    public bool Has(string column) => Header.Contains(column, StringComparer.Ordinal);

    public void Require(params string[] columns)
    {
        foreach (var c in columns)
        {
            if (!Has(c))
            {
                throw BadData.Missing(_file, c);
            }
        }
    }

    public bool Read()
    {
        bool more;
        try
        {
            more = _csv.Read();
        }
        catch (CsvHelperException ex)
        {
            throw BadData.Malformed(_file, $"line {Line}: {ex.GetType().Name}", ex);
        }

        if (more)
        {
            _lastFields = _csv.Parser.Count;
            _lastRaw = _csv.Parser.RawRecord;
            _lastLine = Line;
        }
        else
        {
            CheckComplete();
        }

        return more;
    }

    /// <summary>The last record must be whole: its quotes closed, all its fields present, and its line ended where the format ends lines.</summary>
    private void CheckComplete()
    {
        if (_lastRaw.Length == 0)
        {
            return;
        }

        if (_lastRaw.Count(c => c == '"') % 2 != 0)
        {
            throw BadData.Malformed(_file, $"the last record (line {_lastLine}) ends inside a quoted field");
        }

        if (_lastFields < Header.Count)
        {
            throw BadData.Malformed(_file, $"the last record (line {_lastLine}) has {_lastFields} of the header's {Header.Count} fields");
        }

        if (_endsLines && !_lastRaw.EndsWith('\n'))
        {
            throw BadData.Malformed(_file, $"the last record (line {_lastLine}) has no final newline, which files of this kind always have");
        }
    }

    /// <summary>The raw text of a column (null when the column is absent or the row is short).</summary>
    public string? Text(string column)
    {
        if (!Has(column))
        {
            return null;
        }

        var value = _csv.GetField(column);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string RequiredText(string column) =>
        Text(column) ?? throw BadData.At(_file, Line, column, string.Empty, "a value");

    /// <summary>A number: accepts <c>4.12E+23</c>, <c>"176,000,000,000"</c> and <c>77.0%</c> (as 77.0).</summary>
    public double? Number(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return Numbers.TryParse(text, out var value) ? value : throw BadData.At(_file, Line, column, text, "a number");
    }

    public double RequiredNumber(string column) =>
        Number(column) ?? throw BadData.At(_file, Line, column, string.Empty, "a number");

    public DateOnly? Date(string column, params string[] formats)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return Dates.TryParse(text, formats, out var d) ? d : throw BadData.At(_file, Line, column, text, $"a date ({string.Join(" or ", formats.DefaultIfEmpty("YYYY-MM-DD"))})");
    }

    public AiRace.Core.AiRaceException Bad(string column, string? value, string expected) => BadData.At(_file, Line, column, value, expected);

    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }
}
