using AiRace.Core.Domain;
using CsCheck;

namespace AiRace.Core.Tests;

public sealed class ModelKeysTests
{
    [Theory]
    [InlineData("GPT-4o-2024-05-13", "gpt-4o-2024-05-13")]
    [InlineData("  Claude 3.5 Sonnet (20240620) ", "claude-3.5-sonnet-20240620")]
    [InlineData("Qwen/Qwen2.5-72B-Instruct", "qwen/qwen2.5-72b-instruct")]
    [InlineData("gemini_2.5__pro", "gemini-2.5-pro")]
    [InlineData("Yi-Lightning", "yi-lightning")]
    public void Normalize_maps_spellings_to_one_key(string input, string expected) =>
        Assert.Equal(expected, ModelKeys.Normalize(input));

    [Fact]
    public void Normalize_is_idempotent() =>
        Gen.String.Sample(s => ModelKeys.Normalize(ModelKeys.Normalize(s)) == ModelKeys.Normalize(s));

    [Fact]
    public void Normalize_ignores_case_and_surrounding_space() =>
        Gen.String[Gen.Char.AlphaNumeric, 0, 30].Sample(s =>
            ModelKeys.Normalize(" " + s.ToUpperInvariant() + "\t") == ModelKeys.Normalize(s.ToLowerInvariant()));

    [Fact]
    public void Normalized_keys_have_no_whitespace_nor_leading_or_trailing_dash() =>
        Gen.String.Sample(s =>
        {
            var k = ModelKeys.Normalize(s);
            return !k.Any(char.IsWhiteSpace) && !k.StartsWith('-') && !k.EndsWith('-') && !k.Contains("--", StringComparison.Ordinal);
        });
}
