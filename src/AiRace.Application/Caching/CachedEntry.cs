namespace AiRace.Application.Caching;

/// <summary>A computed result waiting to be written into the published store (see <see cref="ResultCache.Flush"/>).</summary>
internal sealed record CachedEntry(string Kind, string Key, DateOnly? AsOf, string Payload);
