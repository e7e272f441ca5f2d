namespace AiRace.Core.Domain;

/// <summary>
/// A source's statement that <see cref="Alias"/> (a normalized display name) names the model whose key is <see cref="Key"/>.
/// An alias equal to its key marks the key as a genuine id of that source.
/// </summary>
public sealed record ModelAlias(string Alias, string Key);
