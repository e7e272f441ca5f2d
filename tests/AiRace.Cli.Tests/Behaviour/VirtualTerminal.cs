using System.Text;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary>
/// A small terminal emulator for what Spectre's live displays write: printable text with autowrap at a fixed width, CR, LF
/// (as a tty with onlcr), cursor up/down/left/right/column, erase in line and in display; colours, private modes and OSC
/// sequences are ignored. The screen keeps every row (as scrollback does), and which rows the terminal wrapped, so that
/// <see cref="Lines"/> gives the logical lines a reader sees.
/// </summary>
internal sealed class VirtualTerminal(int width)
{
    private readonly List<char[]> _rows = [];
    private readonly List<bool> _wrapped = [];
    private int _row;
    private int _col;

    public static VirtualTerminal Of(int width, string output)
    {
        var terminal = new VirtualTerminal(width);
        terminal.Write(output);
        return terminal;
    }

    /// <summary>The screen's logical lines: rows the terminal wrapped are joined to the row before them; trailing blanks cut.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var lines = new List<StringBuilder>();
            for (var r = 0; r < _rows.Count; r++)
            {
                var text = new string(_rows[r]).TrimEnd('\0').Replace('\0', ' ');
                if (_wrapped[r] && lines.Count > 0)
                {
                    lines[^1].Append(text);
                }
                else
                {
                    lines.Add(new StringBuilder(text));
                }
            }

            return [.. lines.Select(l => l.ToString().TrimEnd())];
        }
    }

    public void Write(string output)
    {
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            switch (c)
            {
                case '\u001b':
                    i = Escape(output, i);
                    break;
                case '\r':
                    _col = 0;
                    break;
                case '\n':
                    _row++;
                    _col = 0;
                    Row(_row);
                    break;
                case '\b':
                    _col = Math.Max(0, Math.Min(_col, width - 1) - 1);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        Put(c);
                    }

                    break;
            }
        }
    }

    private void Put(char c)
    {
        if (_col >= width)
        {
            _row++;
            _col = 0;
            Row(_row);
            _wrapped[_row] = true;
        }

        Row(_row)[_col++] = c;
    }

    private char[] Row(int row)
    {
        while (_rows.Count <= row)
        {
            _rows.Add(new char[width]);
            _wrapped.Add(false);
        }

        return _rows[row];
    }

    private int Escape(string s, int i)
    {
        if (i + 1 >= s.Length)
        {
            return i;
        }

        if (s[i + 1] == ']')
        {
            // OSC (hyperlinks, titles): up to BEL or ESC \.
            var j = i + 2;
            while (j < s.Length && s[j] != '\a' && !(s[j] == '\u001b' && j + 1 < s.Length && s[j + 1] == '\\'))
            {
                j++;
            }

            return j < s.Length && s[j] == '\u001b' ? j + 1 : j;
        }

        if (s[i + 1] != '[')
        {
            return i + 1;
        }

        var k = i + 2;
        var start = k;
        while (k < s.Length && (s[k] is >= '0' and <= '?'))
        {
            k++;
        }

        if (k >= s.Length)
        {
            return k;
        }

        var parameters = s[start..k];
        var n = int.TryParse(parameters, out var v) ? v : 0;
        _col = Math.Min(_col, width - 1);
        Row(_row);
        switch (s[k])
        {
            case 'A':
                _row = Math.Max(0, _row - Math.Max(1, n));
                break;
            case 'B':
                _row += Math.Max(1, n);
                Row(_row);
                break;
            case 'C':
                _col = Math.Min(width - 1, _col + Math.Max(1, n));
                break;
            case 'D':
                _col = Math.Max(0, _col - Math.Max(1, n));
                break;
            case 'G':
                _col = Math.Clamp(n - 1, 0, width - 1);
                break;
            case 'K':
                Erase(_row, n == 0 ? _col : 0, n == 1 ? _col + 1 : width);
                break;
            case 'J':
                Erase(_row, n == 0 ? _col : 0, width);
                for (var r = _row + 1; r < _rows.Count && n != 1; r++)
                {
                    Erase(r, 0, width);
                }

                break;
            default:
                break; // colours (m), private modes (?25l), anything else: no effect on the text
        }

        return k;
    }

    private void Erase(int row, int from, int to) => Array.Fill(Row(row), '\0', from, to - from);
}
