using AiRace.Core;
using AiRace.Sources.Live;
using System.Runtime.Versioning;
using AiRace.Testing;

namespace AiRace.Sources.Tests.Live;

[UnsupportedOSPlatform("windows")]
public sealed class LiveConfigTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Config(string json, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        var path = _dir.File("config.json");
        File.WriteAllText(path, json);
        File.SetUnixFileMode(path, mode);
        return path;
    }

    [Fact]
    public void The_environment_wins_over_the_config_file()
    {
        var path = Config("""{"HF_TOKEN":"hf_file_value","AA_API_KEY":"aa_file_value"}""");
        var env = new Dictionary<string, string> { ["HF_TOKEN"] = "hf_env_value" };

        var config = LiveConfig.Load(n => env.GetValueOrDefault(n), path);

        Assert.Equal(("hf_env_value", "aa_file_value"), (config.Get("HF_TOKEN"), config.Get("AA_API_KEY")));
        Assert.Equal(path, config.File);
    }

    [Fact]
    public void A_config_file_others_can_read_is_refused_with_the_chmod_to_run()
    {
        var path = Config("""{"HF_TOKEN":"hf_secret_value"}""", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var ex = Assert.Throws<AiRaceException>(() => LiveConfig.Load(_ => null, path));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains("mode 644", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"chmod 600 '{path}'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hf_secret_value", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"HF_TOKN":"x"}""", "'HF_TOKN'")]
    [InlineData("""{"HF_TOKEN":42}""", "must be a string")]
    [InlineData("""{"HF_TOKEN":"hf_secret_value" """, "not a JSON object")]
    public void A_bad_config_file_is_a_usage_error_that_never_quotes_a_key(string json, string expected)
    {
        var ex = Assert.Throws<AiRaceException>(() => LiveConfig.Load(_ => null, Config(json)));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hf_secret_value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_file_is_read_only_when_it_exists()
    {
        var home = _dir.File("xdg");
        Assert.Null(LiveConfig.Load(n => n == "XDG_CONFIG_HOME" ? home : null, null).File);

        Directory.CreateDirectory(Path.Combine(home, "airace"));
        var path = Path.Combine(home, "airace", "config.json");
        File.WriteAllText(path, """{"OPENROUTER_API_KEY":"sk-or-x"}""");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal("sk-or-x", LiveConfig.Load(n => n == "XDG_CONFIG_HOME" ? home : null, null).Get("OPENROUTER_API_KEY"));
    }

    [Fact]
    public void Redact_hides_every_secret_value_but_not_endpoints()
    {
        var config = LiveConfig.Of(new Dictionary<string, string> { ["HF_TOKEN"] = "hf_abcdef", ["HF_ENDPOINT"] = "http://mirror.local" });
        Assert.Equal("Bearer *** at http://mirror.local", config.Redact("Bearer hf_abcdef at http://mirror.local"));
    }

    [Theory]
    [InlineData("https://x.test/api?author=a&api_key=SECRET&limit=5", "https://x.test/api?author=a&limit=5")]
    [InlineData("https://user:pw@x.test/a?token=SECRET", "https://x.test/a")]
    [InlineData("https://x.test/api?author=keyword&hf_token=S&refresh_token=S", "https://x.test/api?author=keyword")]
    [InlineData("https://x.test/api?author=a&expand[]=likes", "https://x.test/api?author=a&expand[]=likes")]
    public void Url_redaction_removes_credentials_only(string url, string expected) =>
        Assert.Equal(expected, UrlRedactor.Redact(url));

    [Theory]
    [InlineData("<https://hub.test/api/models?cursor=abc>; rel=\"next\"", "https://hub.test/api/models?cursor=abc")]
    [InlineData("<https://hub.test/p1>; rel=\"prev\", <https://hub.test/p3>; rel=\"next\"", "https://hub.test/p3")]
    [InlineData("</api/models?cursor=2>; rel=next", "https://hub.test/api/models?cursor=2")]
    [InlineData("<https://hub.test/p1>; rel=\"prev\"", null)]
    public void Link_headers_give_the_next_page(string header, string? expected) =>
        Assert.Equal(expected, LinkHeader.Next(header, new Uri("https://hub.test/api/models?author=x")));

    public void Dispose() => _dir.Dispose();
}
