using System.Globalization;
using AiRace.Core;
using AiRace.Core.Claims;
using CsvHelper;

namespace AiRace.Application.Claims;

/// <summary>One row of a claims CSV being read: typed fields, and the checks of what each claim type needs.</summary>
internal sealed class ClaimRow
{
    private readonly CsvReader _csv;
    private readonly string _file;
    private readonly long _line;

    public ClaimRow(CsvReader csv, string file, long line)
    {
        _csv = csv;
        _file = file;
        _line = line;
    }

    public ClaimDefinition Read()
    {
        var typeText = Required("claim_type");
        var type = ClaimTypeNames.TryParse(typeText) ?? throw Bad("claim_type", typeText, $"one of {string.Join(", ", ClaimTypeNames.All)}");
        var metrics = List("metrics");
        var groups = GroupList();
        var thresholds = List("threshold").Select(t => Number("threshold", t)).ToList();
        var claim = new ClaimDefinition(
            Required("id"), Required("who"), Date("date") ?? throw Bad("date", string.Empty, "a date (YYYY-MM-DD)"),
            Required("language"), Required("quote_original"), Required("quote_en"), Url(), Required("claim"), Text("claim_vi"),
            type, metrics, groups, thresholds, Months(), Date("from"), Date("to"), Optional("low"), Optional("high"), Text("data"),
            Required("command"), _csv.HeaderRecord!.Contains("who_vi", StringComparer.Ordinal) ? Text("who_vi") : null);
        Check(claim);
        return claim;
    }

    public AiRaceException Bad(string column, string? value, string expected) =>
        new(ErrorKind.BadData, $"Cannot read '{_file}' line {_line}: column '{column}' is '{value}', expected {expected}. Fix or remove that row and run again.");

    private void Check(ClaimDefinition c)
    {
        var pair = c.Type is not (ClaimType.ShareRose or ClaimType.CountAbove);
        if (c.Groups.Count != (pair ? 2 : 1))
        {
            throw Bad("groups", Text("groups"), pair ? "two groups separated by a comma (US,CN)" : "one group (CN&open, family:Qwen)");
        }

        if (c.Type != ClaimType.ShareRose && c.Metrics.Count == 0)
        {
            throw Bad("metrics", string.Empty, "the metric ids or the measure the claim is tested on, separated by ';'");
        }

        var thresholds = c.Type switch
        {
            ClaimType.ProbabilityBelow or ClaimType.ShareRose => 1,
            ClaimType.CountAbove => c.Metrics.Count,
            _ => 0,
        };
        if (c.Thresholds.Count != thresholds)
        {
            throw Bad("threshold", Text("threshold"), thresholds == 0 ? "nothing for this claim type" : $"{thresholds} number(s) separated by ';'");
        }

        if (c.Type is ClaimType.ProbabilityBelow or ClaimType.ShareRose && c.WindowMonths is null)
        {
            throw Bad("window_months", string.Empty, c.Type == ClaimType.ProbabilityBelow ? "the horizon in months (60 for 5 years)" : "the window in months (12)");
        }

        if (c.Type == ClaimType.GapNarrowed && (c.From is null || c.To is null))
        {
            throw Bad(c.From is null ? "from" : "to", string.Empty, "the two dates the gap is compared on (YYYY-MM-DD)");
        }

        if (c.Type == ClaimType.MonthsBehind && (c.From is null || c.Low is null || c.High is null || c.Low > c.High))
        {
            throw Bad(c.From is null ? "from" : "low", Text(c.From is null ? "from" : "low"), "a window start (from) and a stated range low <= high in months");
        }

        CheckNames(c);
        if (c.From is { } f && f > c.ReadAt)
        {
            throw Bad("from", Text("from"), $"a date before {c.ReadAt:yyyy-MM-dd} (the 'to' date, else the claim's date)");
        }
    }

    /// <summary>Groups, measures and the Hub data kind are parsed now, so that a typo is reported with its line.</summary>
    private void CheckNames(ClaimDefinition c)
    {
        Try("groups", Text("groups"), "groups such as US,CN, closed,open or lab:NAME (performance claims), CN&open (usage), family:Qwen or CN (Hugging Face)", () =>
        {
            foreach (var g in c.Groups)
            {
                _ = c.Type switch
                {
                    ClaimType.ShareRose => (object)UsageGroup.Parse(g),
                    ClaimType.ShareLeads or ClaimType.Overtook or ClaimType.CountAbove => AdoptionGroup.Parse(g),
                    _ => AiRace.Core.Analysis.GroupSpec.Parse(g),
                };
            }
        });
        if (c.Type is ClaimType.ShareLeads or ClaimType.Overtook or ClaimType.CountAbove)
        {
            Try("metrics", Text("metrics"), $"Hugging Face measures: {string.Join(", ", AiRace.Core.Adoption.AdoptionMeasureNames.All)}", () =>
            {
                foreach (var m in c.Metrics)
                {
                    AiRace.Core.Adoption.AdoptionMeasureNames.Parse(m);
                }
            });
        }

        if (c.Data is { } data)
        {
            Try("data", data, $"a kind of Hub data: {string.Join(", ", AiRace.Core.Adoption.HubSourceKindNames.All)}", () => AiRace.Core.Adoption.HubSourceKindNames.Parse(data));
        }
    }

    private void Try(string column, string? value, string expected, Action parse)
    {
        try
        {
            parse();
        }
        catch (AiRaceException)
        {
            throw Bad(column, value, expected);
        }
    }

    private string? Text(string column) => _csv.GetField(column) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private string Required(string column) => Text(column) ?? throw Bad(column, string.Empty, "a value");

    private string Url()
    {
        var url = Required("source_url");
        return Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? url : throw Bad("source_url", url, "an http(s) URL");
    }

    private List<string> List(string column) =>
        [.. (Text(column) ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private List<string> GroupList() =>
        [.. (Text("groups") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private DateOnly? Date(string column)
    {
        var t = Text(column);
        if (t is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Bad(column, t, "a date (YYYY-MM-DD)");
    }

    private double Number(string column, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : throw Bad(column, text, "a number (0.2, 400, 1e9)");

    private double? Optional(string column) => Text(column) is { } t ? Number(column, t) : null;

    private int? Months()
    {
        var t = Text("window_months");
        if (t is null)
        {
            return null;
        }

        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 0 and <= 240 ? m : throw Bad("window_months", t, "a whole number of months from 0 to 240");
    }
}
