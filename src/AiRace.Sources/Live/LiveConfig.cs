using System.Text.Json;
using AiRace.Core;

namespace AiRace.Sources.Live;

/// <summary>
/// API keys and endpoints for the live sources, from the environment first, then from a JSON config file
/// (<c>{"HF_TOKEN": "…", "OPENROUTER_API_KEY": "…"}</c>) that only its owner may read. Knows every secret value so that
/// <see cref="Redact"/> can keep them out of messages, logs and the archive.
/// </summary>
public sealed class LiveConfig
{
    /// <summary>The names a config file may set. Keys are secrets; the others are endpoints.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "HF_TOKEN", "OPENROUTER_API_KEY", "AA_API_KEY",
        "HF_ENDPOINT", "AIRACE_OPENROUTER_URL", "AIRACE_EPOCH_URL", "AIRACE_AA_URL",
    ];

    private static readonly HashSet<string> SecretNames = ["HF_TOKEN", "OPENROUTER_API_KEY", "AA_API_KEY"];

    private readonly Dictionary<string, string> _values;

    private LiveConfig(Dictionary<string, string> values, string? file)
    {
        _values = values;
        File = file;
    }

    /// <summary>The config file that was read, if any.</summary>
    public string? File { get; }

    /// <summary>A config with only these values (tests, benchmarks).</summary>
    public static LiveConfig Of(IReadOnlyDictionary<string, string>? values = null) =>
        new(new Dictionary<string, string>(values ?? new Dictionary<string, string>(), StringComparer.Ordinal), null);

    /// <summary>
    /// Reads the environment and the config file. <paramref name="file"/> null means the default path
    /// (<c>$AIRACE_CONFIG</c>, else <c>$XDG_CONFIG_HOME/airace/config.json</c>, else <c>~/.config/airace/config.json</c>),
    /// read only when it exists; a file named explicitly must exist.
    /// </summary>
    public static LiveConfig Load(Func<string, string?> environment, string? file)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var path = file ?? DefaultPath(environment);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? read = null;
        if (path is not null && (file is not null || System.IO.File.Exists(path)))
        {
            foreach (var (k, v) in ReadFile(path))
            {
                values[k] = v;
            }

            read = path;
        }

        foreach (var name in Names)
        {
            if (environment(name) is { Length: > 0 } v)
            {
                values[name] = v;
            }
        }

        return new LiveConfig(values, read);
    }

    /// <summary>A value (trimmed), or null when neither the environment nor the file sets it.</summary>
    public string? Get(string name) =>
        _values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>Replaces every secret value in <paramref name="text"/> with <c>***</c>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var (name, value) in _values)
        {
            if (SecretNames.Contains(name) && value.Trim().Length >= 4)
            {
                text = text.Replace(value.Trim(), "***", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>
    /// A response body with every secret value replaced by <c>***</c> (as UTF-8 bytes), so an answer that echoes a key is
    /// archived without it; the same array when no key occurs in it.
    /// </summary>
    public byte[] RedactBody(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var secrets = _values.Where(kv => SecretNames.Contains(kv.Key) && kv.Value.Trim().Length >= 4)
            .Select(kv => System.Text.Encoding.UTF8.GetBytes(kv.Value.Trim())).ToList();
        if (!secrets.Any(s => body.AsSpan().IndexOf(s) >= 0))
        {
            return body;
        }

        var mask = "***"u8;
        var output = new List<byte>(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            var at = i;
            var match = secrets.FirstOrDefault(s => body.AsSpan(at).StartsWith(s));
            if (match is not null)
            {
                output.AddRange(mask);
                i += match.Length;
            }
            else
            {
                output.Add(body[i]);
                i++;
            }
        }

        return [.. output];
    }

    private static string? DefaultPath(Func<string, string?> environment)
    {
        if (environment("AIRACE_CONFIG") is { Length: > 0 } explicitPath)
        {
            return explicitPath;
        }

        var home = environment("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            var user = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrWhiteSpace(user))
            {
                return null;
            }

            home = Path.Combine(user, ".config");
        }

        return Path.Combine(home, "airace", "config.json");
    }

    private static Dictionary<string, string> ReadFile(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new AiRaceException(ErrorKind.Usage, $"The config file '{path}' does not exist. Create it (JSON, e.g. {{\"HF_TOKEN\": \"hf_…\"}}) with mode 600, or leave --config out.");
        }

        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
                                        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
            var mode = System.IO.File.GetUnixFileMode(path);
            if ((mode & others) != 0)
            {
                throw new AiRaceException(
                    ErrorKind.Usage,
                    $"The config file '{path}' holds API keys but others may read it (mode {Convert.ToString((int)mode, 8)}). Run: chmod 600 '{path}'");
            }
        }

        Dictionary<string, JsonElement>? raw;
        try
        {
            raw = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(System.IO.File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            // The parser's message may quote the file's text (a key), so only the position is shown.
            throw new AiRaceException(ErrorKind.Usage, $"The config file '{path}' is not a JSON object of names and strings (line {ex.LineNumber + 1}). Fix it, e.g. {{\"HF_TOKEN\": \"hf_…\"}}.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in raw ?? [])
        {
            if (!Names.Contains(name, StringComparer.Ordinal))
            {
                throw new AiRaceException(ErrorKind.Usage, $"The config file '{path}' sets '{name}', which AiRace does not know. Known names: {string.Join(", ", Names)}.");
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                throw new AiRaceException(ErrorKind.Usage, $"The config file '{path}' sets '{name}' to a {value.ValueKind.ToString().ToLowerInvariant()}; it must be a string.");
            }

            values[name] = value.GetString()!;
        }

        return values;
    }
}
