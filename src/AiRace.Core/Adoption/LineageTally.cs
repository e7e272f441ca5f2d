using System.Globalization;

namespace AiRace.Core.Adoption;

/// <summary>Counts, while a figure is computed, the repositories whose attribution was partial, for the figure's notes.</summary>
internal sealed class LineageTally
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _missing;
    private int _cycle;
    private int _byName;
    private int _noLab;
    private int _unresolved;

    public void Add(RepoAttribution a)
    {
        if (!_seen.Add(a.RepoId))
        {
            return;
        }

        switch (a.Status)
        {
            case LineageStatus.MissingLink:
                _missing++;
                break;
            case LineageStatus.Cycle:
                _cycle++;
                break;
        }

        if (a.By is null)
        {
            _unresolved++;
        }
        else if (a.By == FamilyMatchKind.Name)
        {
            _byName++;
        }
        else if (a.By == FamilyMatchKind.None)
        {
            _noLab++;
        }
    }

    public IReadOnlyList<string> Notes(LineageGraph graph)
    {
        var notes = new List<string>
        {
            Format($"{_seen.Count} repositories counted: {_missing} reach a derivative whose base is removed or not named (missing link) and {_cycle} a base_model cycle; {_byName} are attributed by name (a root or an unfollowable repository named like a known family); {_unresolved} stay unresolved; {_noLab} belong to a root of no known lab (unresolved by country and lab)."),
        };
        foreach (var cycle in graph.Cycles.Take(5))
        {
            notes.Add($"base_model cycle: {string.Join(" → ", cycle.Append(cycle[0]))}");
        }

        return notes;
    }

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
