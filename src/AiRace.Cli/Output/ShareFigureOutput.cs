using System.Globalization;
using AiRace.Core.Figures;
using CsvHelper;
using Spectre.Console;

namespace AiRace.Cli.Output;

/// <summary>
/// Prints a <see cref="ShareFigure"/>: JSON (the figure itself under the one JSON policy: <c>measure</c>, <c>group_by</c>,
/// <c>definition</c>, <c>denominator</c>, <c>points</c>, <c>crossings</c>, <c>sources</c>, <c>notes</c>), CSV in long form
/// (date, group, share, value, total), or tables with the definition above them.
/// </summary>
internal static class ShareFigureOutput
{
    public static void Write(CliContext ctx, ShareFigure figure)
    {
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, figure);
                break;
            case OutputFormat.Csv:
                WriteCsv(ctx.Out, figure);
                break;
            default:
                WriteTables(ctx.Out, figure);
                break;
        }
    }

    private static void WriteCsv(TextWriter writer, ShareFigure f)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in new[] { "date", "group", "share", "value", "total" })
        {
            csv.WriteField(h);
        }

        csv.NextRecord();
        foreach (var p in f.Points)
        {
            foreach (var (g, share) in p.Shares)
            {
                csv.WriteField(Render.Text(p.Date));
                csv.WriteField(SafeText.CsvCell(g));
                csv.WriteField(share.ToString("R", CultureInfo.InvariantCulture));
                csv.WriteField(p.Values[g].ToString("R", CultureInfo.InvariantCulture));
                csv.WriteField(p.Total.ToString("R", CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }
    }

    private static void WriteTables(TextWriter writer, ShareFigure f)
    {
        var console = Render.Console(writer);
        writer.WriteLine($"{f.Measure} by {f.GroupBy}: {f.Definition}");
        writer.WriteLine($"Denominator: {f.Denominator}");
        if (f.Points.Count == 1)
        {
            var p = f.Points[0];
            writer.WriteLine($"On {Render.Text(p.Date)} (total {Number(p.Total)}, {p.Items} rows):");
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("group", "value", "share");
            if (p.Breakdown is not null)
            {
                table.AddColumn("by relation");
            }

            foreach (var (g, share) in p.Shares.OrderByDescending(s => s.Value))
            {
                var cells = new List<string> { g, Number(p.Values[g]), Percent(share) };
                if (p.Breakdown is not null)
                {
                    cells.Add(p.Breakdown.TryGetValue(g, out var b) ? string.Join(", ", b.OrderByDescending(x => x.Value).Select(x => $"{x.Key} {x.Value}")) : string.Empty);
                }

                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }

            console.Write(table);
        }
        else if (f.Points.Count > 1)
        {
            var groups = f.Points[0].Shares.Keys.ToList();
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("date");
            foreach (var g in groups)
            {
                table.AddColumn(new TableColumn(Markup.Escape(g)).RightAligned());
            }

            table.AddColumn(new TableColumn("total").RightAligned());
            foreach (var p in f.Points)
            {
                table.AddRow(new[] { Render.Text(p.Date) }.Concat(groups.Select(g => Percent(p.Shares[g]))).Append(Number(p.Total)).Select(Markup.Escape).ToArray());
            }

            console.Write(table);
        }

        foreach (var c in f.Crossings)
        {
            writer.WriteLine($"crossing: {c.Text}");
        }

        foreach (var s in f.Sources)
        {
            writer.WriteLine($"source: {s.Kind} ({s.Files} files, {Render.Text(s.FirstDate)} to {Render.Text(s.LastDate)}): {s.Attribution}");
        }

        foreach (var n in f.Notes)
        {
            writer.WriteLine($"note: {n}");
        }
    }

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
