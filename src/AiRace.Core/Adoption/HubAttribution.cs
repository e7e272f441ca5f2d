using AiRace.Core.Attribution;

namespace AiRace.Core.Adoption;

/// <summary>
/// Attributes Hub repositories to a family, lab and country: a repository belongs to its family root's family, lab and
/// country (a derivative of Qwen is counted for Alibaba and CN, whoever uploaded it). The lab comes from the root's owner
/// namespace (the organizations table's <c>hf_namespaces</c>), the country from the attribution policy for that lab.
/// </summary>
public sealed class HubAttribution
{
    private readonly LineageGraph _graph;
    private readonly ModelFamilies _families;
    private readonly CountryAttribution _policy;
    private readonly Dictionary<string, (FamilyMatch Match, string? Country)> _roots = new(StringComparer.Ordinal);

    public HubAttribution(LineageGraph graph, ModelFamilies families, CountryAttribution policy)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _families = families ?? throw new ArgumentNullException(nameof(families));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
    }

    /// <summary>The lineage graph the attribution follows.</summary>
    public LineageGraph Graph => _graph;

    public RepoAttribution For(string repoId)
    {
        var node = _graph.Resolve(repoId);
        if (node.Root is null)
        {
            // The chain cannot be followed: a repository named like a known family is attributed by name, else unresolved.
            var byName = _families.MatchUnrooted(repoId, _policy.Bundled);
            return byName is null
                ? new RepoAttribution(repoId, null, null, null, node.Status, null)
                : new RepoAttribution(repoId, byName.Family, byName.Lab, CountryOf(byName.Lab), node.Status, byName.By);
        }

        if (!_roots.TryGetValue(node.Root, out var root))
        {
            var match = _families.Match(node.Root, _policy.Bundled);
            _roots[node.Root] = root = (match, CountryOf(match.Lab));
        }

        return new RepoAttribution(repoId, root.Match.Family, root.Match.Lab, root.Country, node.Status, root.Match.By);
    }

    private string? CountryOf(string? lab) => lab is null ? null : _policy.Resolve(lab, null).Country;
}
