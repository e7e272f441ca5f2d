using System.CommandLine;
using System.Text.RegularExpressions;

namespace AiRace.Cli;

/// <summary>
/// The one line <c>airace</c> prints for a command line it cannot parse: the unknown command or option with the closest
/// known spelling, or the first of System.CommandLine's errors with the values an option accepts written as words.
/// </summary>
internal static partial class ParseErrorLine
{
    public static string Of(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = command is RootCommand ? "airace" : $"airace {command.Name}";
        if (parse.UnmatchedTokens.Count > 0)
        {
            return Unmatched(parse.UnmatchedTokens[0], command, path);
        }

        if (command is RootCommand root && parse.Errors.Count > 0 && parse.CommandResult.Children.All(c => c is not System.CommandLine.Parsing.CommandResult))
        {
            return $"No command given: use one of {string.Join(", ", root.Subcommands.Select(c => c.Name))} (e.g. 'airace report'; 'airace --help' describes them).";
        }

        var message = parse.Errors[0].Message.ReplaceLineEndings(" ").Trim();
        if (TypeError().Match(message) is { Success: true } m)
        {
            return $"{m.Groups["option"].Value} '{m.Groups["value"].Value}' is not {Expected(m.Groups["type"].Value)}.";
        }

        return $"{message} Run '{path} --help' for usage.";
    }

    private static string Unmatched(string token, Command command, string path)
    {
        if (token.StartsWith('-'))
        {
            var names = Options(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            return Closest(token, names) is { } option
                ? $"Unknown option '{token}' for '{path}'. Did you mean '{option}'?"
                : $"Unknown option '{token}' for '{path}'. Run '{path} --help' for its options.";
        }

        if (command is RootCommand root)
        {
            var names = root.Subcommands.Select(c => c.Name).ToList();
            return Closest(token, names) is { } name
                ? $"Unknown command '{token}'. Did you mean '{name}'?"
                : $"Unknown command '{token}'. Commands: {string.Join(", ", names)}.";
        }

        return $"Unexpected argument '{token}' for '{path}'. Run '{path} --help' for usage.";
    }

    /// <summary>The options a command accepts: its own and the recursive ones of the commands above it.</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var own = command.Options.AsEnumerable();
        foreach (var parent in Ancestors(command))
        {
            own = own.Concat(parent.Options.Where(o => o.Recursive));
        }

        return own;
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var p = command.Parents.OfType<Command>().FirstOrDefault(); p is not null; p = p.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return p;
        }
    }

    /// <summary>The known name closest to <paramref name="typed"/>: a unique prefix, else within a third of its length in edits.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var names = known.Distinct(StringComparer.Ordinal).ToList();
        var prefixed = names.Where(n => typed.Length >= 2 && n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (prefixed.Count == 1)
        {
            return prefixed[0];
        }

        var best = names
            .Select(n => (Name: n, Distance: Distance(typed.ToLowerInvariant(), n.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, best.Name.TrimStart('-').Length / 3) ? best.Name : null;
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Expected(string typeName)
    {
        var name = typeName.Replace("System.Nullable`1[", string.Empty, StringComparison.Ordinal).TrimEnd(']');
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null);
        if (type is { IsEnum: true } values)
        {
            return "one of " + string.Join(", ", Enum.GetNames(values).Select(n => n.ToLowerInvariant()));
        }

        return name switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" or "System.Decimal" or "System.Single" => "a number",
            "System.Boolean" => "true or false",
            _ => "a valid value for it",
        };
    }

    [GeneratedRegex("^Cannot parse argument '(?<value>[^']*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex TypeError();
}
