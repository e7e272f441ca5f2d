using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AiRace.Application.Text;
using AiRace.Web.Http;

namespace AiRace.Web.Html;

/// <summary>
/// Builds one server-rendered page: every text and attribute goes through <see cref="HtmlEncoder"/> (names from data files
/// are never trusted), the layout has the navigation, the language switch and the links to the page's twins, and no page
/// carries a script.
/// </summary>
internal sealed class HtmlPage
{
    /// <summary>Escapes &lt; &gt; &amp; quotes and controls; letters of every script stay readable (Vietnamese).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly PageRequest _request;
    private readonly bool _hasCsv;
    private readonly StringBuilder _body = new();

    public HtmlPage(PageRequest request, bool hasCsv)
    {
        _request = request;
        _hasCsv = hasCsv;
    }

    public TextCatalog Words => _request.Text;

    public string? Title { get; set; }

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    public HtmlPage H1(string text) => Element("h1", text);

    public HtmlPage H2(string text) => Element("h2", text);

    public HtmlPage P(string? text, string? cssClass = null) => Element("p", text, cssClass);

    /// <summary>An element holding escaped text.</summary>
    public HtmlPage Element(string tag, string? text, string? cssClass = null)
    {
        _body.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _body.Append(" class=\"").Append(Encode(cssClass)).Append('"');
        }

        _body.Append('>').Append(Encode(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A list of links (escaped).</summary>
    public HtmlPage Links(IEnumerable<Cell> links)
    {
        _body.Append("<ul>");
        foreach (var l in links)
        {
            _body.Append("<li>");
            AppendCell(l);
            _body.Append("</li>");
        }

        _body.Append("</ul>\n");
        return this;
    }

    /// <summary>A table; <paramref name="caption"/> is its accessible name.</summary>
    public HtmlPage Table(string caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        var any = false;
        _body.Append("<table><caption>").Append(Encode(caption)).Append("</caption><thead><tr>");
        foreach (var h in header)
        {
            _body.Append("<th scope=\"col\">").Append(Encode(h)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            any = true;
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                _body.Append("<td>");
                AppendCell(cell);
                _body.Append("</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody></table>\n");
        if (!any)
        {
            P(Words.WebNoRows, "empty");
        }

        return this;
    }

    /// <summary>The "cite this" line of a figure: its definition, as-of date, sources and this view's permalink.</summary>
    public HtmlPage Cite(string? definition, DateOnly? asOf, IEnumerable<string> sources)
    {
        var w = Words;
        var url = _request.Http.Request.Scheme + "://" + _request.Http.Request.Host + _request.Http.Request.Path + _request.Http.Request.QueryString;
        _body.Append("<p class=\"cite\"><strong>").Append(Encode(w.WebCiteThis)).Append(":</strong> ");
        if (!string.IsNullOrWhiteSpace(definition))
        {
            _body.Append(Encode(w.WebDefinition)).Append(": ").Append(Encode(definition)).Append(". ");
        }

        _body.Append(Encode(w.WebAsOf)).Append(' ').Append(Encode(asOf is { } d ? _request.Text.Date(d) : w.WebAllData)).Append(". ");
        var s = string.Join("; ", sources.Distinct(StringComparer.Ordinal));
        if (s.Length > 0)
        {
            _body.Append(Encode(w.WebSource)).Append(": ").Append(Encode(s)).Append(". ");
        }

        _body.Append(Encode(w.WebLink)).Append(": <a href=\"").Append(Encode(url)).Append("\">").Append(Encode(url)).Append("</a></p>\n");
        return this;
    }

    /// <summary>A GET form (the URL holds the state): text inputs or choices, the language and as-of kept, and a submit button.</summary>
    public HtmlPage Form(IEnumerable<FormField> fields, bool asOf = true)
    {
        _body.Append("<form method=\"get\" action=\"").Append(Encode(_request.Page)).Append("\">");
        var all = fields.ToList();
        if (asOf)
        {
            all.Add(new FormField(Parameters.AsOf, Words.WebAsOf, _request.Query(Parameters.AsOf), Type: "date"));
        }

        foreach (var f in all)
        {
            _body.Append("<label>").Append(Encode(f.Label)).Append(' ');
            if (f.Choices is { } choices)
            {
                _body.Append("<select name=\"").Append(Encode(f.Name)).Append("\">");
                foreach (var (value, label) in choices)
                {
                    _body.Append("<option value=\"").Append(Encode(value)).Append('"')
                        .Append(string.Equals(value, f.Value ?? string.Empty, StringComparison.Ordinal) ? " selected" : string.Empty)
                        .Append('>').Append(Encode(label)).Append("</option>");
                }

                _body.Append("</select>");
            }
            else
            {
                _body.Append("<input type=\"").Append(f.Type).Append("\" name=\"").Append(Encode(f.Name)).Append("\" value=\"").Append(Encode(f.Value)).Append("\">");
            }

            _body.Append("</label> ");
        }

        if (_request.Query(Parameters.Lang) is { } lang)
        {
            _body.Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(Encode(lang)).Append("\">");
        }

        _body.Append("<button type=\"submit\">").Append(Encode(Words.WebApply)).Append("</button></form>\n");
        return this;
    }

    /// <summary>A chart's SVG (OxyPlot's exporter escapes every text it writes) in a figure with its text alternative.</summary>
    public HtmlPage Chart(string svg, string description)
    {
        _body.Append("<figure role=\"img\" aria-label=\"").Append(Encode(description)).Append("\">").Append(svg)
            .Append("<figcaption>").Append(Encode(description)).Append("</figcaption></figure>\n");
        return this;
    }

    /// <summary>The whole document: head, navigation, language switch, the body, the twins and the footer.</summary>
    public string Document()
    {
        var w = Words;
        var text = _request.Text;
        var html = new StringBuilder(_body.Length + 2048);
        html.Append("<!doctype html>\n<html lang=\"").Append(text.Code).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(Title is null ? "AiRace" : $"{Title} · {"AiRace"}")).Append("</title>")
            .Append("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/site.css\">")
            .Append("<link rel=\"alternate\" type=\"application/json\" href=\"").Append(Encode(_request.Twin(".json"))).Append("\">")
            .Append("</head><body><header><nav aria-label=\"AiRace\">");
        foreach (var (path, label) in Navigation(w))
        {
            var href = _request.Href(path);
            html.Append("<a href=\"").Append(Encode(href)).Append('"').Append(path == _request.Page ? " aria-current=\"page\"" : string.Empty)
                .Append('>').Append(Encode(label)).Append("</a> ");
        }

        html.Append("</nav><p class=\"lang\">").Append(Encode(w.WebLanguage)).Append(": ");
        foreach (var l in TextCatalog.All)
        {
            html.Append("<a hreflang=\"").Append(l.Code).Append("\" href=\"").Append(Encode(_request.With(Parameters.Lang, l.Code == "en" ? null : l.Code))).Append('"')
                .Append(l.Code == text.Code ? " aria-current=\"true\"" : string.Empty).Append('>').Append(l.Code).Append("</a> ");
        }

        html.Append("</p></header><main>\n").Append(_body).Append("</main><footer><p>")
            .Append("<a rel=\"alternate\" type=\"application/json\" href=\"").Append(Encode(_request.Twin(".json"))).Append("\">").Append(Encode("JSON")).Append("</a>");
        if (_hasCsv)
        {
            html.Append(" · <a rel=\"alternate\" type=\"text/csv\" href=\"").Append(Encode(_request.Twin(".csv"))).Append("\">").Append(Encode("CSV")).Append("</a>");
        }

        html.Append("</p><p>").Append(Encode(w.WebFooter)).Append("</p></footer></body></html>\n");
        return html.ToString();
    }

    private static IEnumerable<(string Path, string Label)> Navigation(TextCatalog w) =>
    [
        ("/", w.WebHome), ("/claims", w.WebClaims), ("/metrics", w.WebMetrics), ("/compare", w.WebCompare), ("/odds", w.WebOdds),
        ("/adoption", w.WebAdoption), ("/usage", w.WebUsage), ("/models", w.WebModels), ("/orgs", w.WebOrgs), ("/sources", w.WebSources),
    ];

    private void AppendCell(Cell cell)
    {
        if (cell.Href is { } href)
        {
            _body.Append("<a href=\"").Append(Encode(href)).Append("\">").Append(Encode(cell.Text)).Append("</a>");
        }
        else
        {
            _body.Append(Encode(cell.Text));
        }
    }
}
