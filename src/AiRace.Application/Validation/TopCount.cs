namespace AiRace.Application.Validation;

/// <summary>The one check of a "top N groups" count: 0 (every group) or more.</summary>
public static class TopCount
{
    public static int Check(int top) => top >= 0
        ? top
        : throw QueryInput.Error("top", $"Top {top} is not a number of groups: use 0 (every group) or more, such as 10.");
}
