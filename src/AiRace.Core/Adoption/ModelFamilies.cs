using AiRace.Core.Attribution;

namespace AiRace.Core.Adoption;

/// <summary>
/// Names the family of a root repository: the longest matching repository prefix of a family rule; else, when the owner
/// is a known lab's Hub namespace, the repository itself under that lab; else the longest matching name prefix (a re-upload
/// by someone else, attributed by name and counted as such); else the repository itself, with no lab. Case-insensitive.
/// </summary>
public sealed class ModelFamilies
{
    private readonly List<(string Prefix, FamilyRule Rule)> _byRepository;
    private readonly List<(string Prefix, FamilyRule Rule)> _byName;

    public ModelFamilies(IEnumerable<FamilyRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToList();
        _byRepository = Rules.SelectMany(r => r.HubPrefixes.Select(p => (p, r))).OrderByDescending(x => x.p.Length).ToList();
        _byName = Rules.SelectMany(r => r.NamePrefixes.Select(p => (p, r))).OrderByDescending(x => x.p.Length).ToList();
    }

    /// <summary>Every rule, in table order.</summary>
    public IReadOnlyList<FamilyRule> Rules { get; }

    /// <summary>The family of root repository <paramref name="rootRepoId"/>; labs come from <paramref name="directory"/>.</summary>
    public FamilyMatch Match(string rootRepoId, OrganizationDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(rootRepoId);
        ArgumentNullException.ThrowIfNull(directory);
        var slash = rootRepoId.IndexOf('/', StringComparison.Ordinal);
        var owner = slash > 0 ? rootRepoId[..slash] : null;
        var name = slash > 0 ? rootRepoId[(slash + 1)..] : rootRepoId;
        var ownerLab = directory.FindByHubNamespace(owner);

        foreach (var (prefix, rule) in _byRepository)
        {
            if (rootRepoId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return new FamilyMatch(rule.Name, ownerLab?.Name ?? directory.Find(rule.Lab)?.Name ?? rule.Lab, FamilyMatchKind.Repository);
            }
        }

        if (ownerLab is not null)
        {
            return new FamilyMatch(rootRepoId, ownerLab.Name, FamilyMatchKind.LabRepository);
        }

        foreach (var (prefix, rule) in _byName)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return new FamilyMatch(rule.Name, directory.Find(rule.Lab)?.Name ?? rule.Lab, FamilyMatchKind.Name);
            }
        }

        return new FamilyMatch(rootRepoId, null, FamilyMatchKind.None);
    }

    /// <summary>
    /// The family of a repository whose chain cannot be followed (a missing link or a cycle): a family's repository prefix,
    /// else a name prefix (attributed by name); null when neither matches.
    /// </summary>
    public FamilyMatch? MatchUnrooted(string repoId, OrganizationDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(repoId);
        ArgumentNullException.ThrowIfNull(directory);
        var match = Match(repoId, directory);
        return match.By switch
        {
            FamilyMatchKind.Repository or FamilyMatchKind.Name => match,
            FamilyMatchKind.LabRepository => NameOnly(repoId, directory),
            _ => null,
        };
    }

    private FamilyMatch? NameOnly(string repoId, OrganizationDirectory directory)
    {
        var name = repoId[(repoId.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var rule = _byName.FirstOrDefault(x => name.StartsWith(x.Prefix, StringComparison.OrdinalIgnoreCase)).Rule;
        return rule is null ? null : new FamilyMatch(rule.Name, directory.Find(rule.Lab)?.Name ?? rule.Lab, FamilyMatchKind.Name);
    }
}
