namespace AiRace.Core.Analysis;

/// <summary>The names printed for a <see cref="ReleaseDateSource"/> (<c>catalog</c>, <c>first_appearance</c>, <c>metric</c>).</summary>
public static class ReleaseDateSourceNames
{
    public static string ToName(ReleaseDateSource source) => source switch
    {
        ReleaseDateSource.Catalog => "catalog",
        ReleaseDateSource.FirstAppearance => "first_appearance",
        _ => "metric",
    };
}
