namespace AiRace.Core.Adoption;

/// <summary>
/// Follows <c>base_model</c> chains to their root, with every repository's answer memoized. A chain that loops is reported
/// once in <see cref="Cycles"/> and never followed twice; a chain that reaches a removed base is reported in
/// <see cref="MissingLinks"/>: an edge with a relation but no base (the base was removed, or the source names none, as
/// for a merge of unnamed models). A base the graph has no edge for is a root (the source knows it only as someone's base).
/// </summary>
public sealed class LineageGraph
{
    private readonly Dictionary<string, LineageEdge> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LineageNode> _memo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _cycles = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _missing = new(StringComparer.Ordinal);

    /// <param name="edges">One edge per repository; a later edge for the same repository replaces an earlier one.</param>
    public LineageGraph(IEnumerable<LineageEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        foreach (var e in edges)
        {
            _edges[e.RepoId] = e;
        }
    }

    /// <summary>The edge a source gave for a repository, or null when none did.</summary>
    public LineageEdge? EdgeOf(string repoId) => _edges.GetValueOrDefault(repoId);

    /// <summary>Every repository with an edge.</summary>
    public IEnumerable<string> Repositories => _edges.Keys;

    /// <summary>The cycles found so far (by <see cref="Resolve"/>), each as its members from the smallest id, in chain order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles => _cycles.Values.ToList();

    /// <summary>Repositories found so far whose own base is not known (removed, or not named), not their descendants.</summary>
    public IReadOnlyCollection<string> MissingLinks => _missing;

    /// <summary>Resolves every repository with an edge, so that <see cref="Cycles"/> and <see cref="MissingLinks"/> are complete.</summary>
    public LineageGraph ResolveAll()
    {
        foreach (var repo in _edges.Keys.ToList())
        {
            Resolve(repo);
        }

        return this;
    }

    /// <summary>Where <paramref name="repoId"/>'s chain ends. Runs in time proportional to the chain's new links.</summary>
    public LineageNode Resolve(string repoId)
    {
        ArgumentNullException.ThrowIfNull(repoId);
        if (_memo.TryGetValue(repoId, out var known))
        {
            return known;
        }

        var path = new List<string>();
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var current = repoId;
        while (true)
        {
            if (_memo.TryGetValue(current, out var end))
            {
                return Settle(path, end.Root, end.Status == LineageStatus.Original ? LineageStatus.Derived : end.Status, end.Depth + 1);
            }

            if (onPath.TryGetValue(current, out var start))
            {
                var members = path.Skip(start).ToList();
                var rotate = members.IndexOf(members.Min(StringComparer.Ordinal)!);
                var cycle = members.Skip(rotate).Concat(members.Take(rotate)).ToList();
                _cycles.TryAdd(string.Join('\n', cycle), cycle);
                return Settle(path, null, LineageStatus.Cycle, 0);
            }

            onPath[current] = path.Count;
            path.Add(current);
            var edge = _edges.GetValueOrDefault(current);
            if (edge?.Base is null)
            {
                if (edge?.Relation is not null)
                {
                    _missing.Add(current);
                    return Settle(path, null, LineageStatus.MissingLink, 0);
                }

                _memo[current] = new LineageNode(current, current, LineageStatus.Original, 0);
                path.RemoveAt(path.Count - 1);
                return path.Count == 0 ? _memo[current] : Settle(path, current, LineageStatus.Derived, 1);
            }

            current = edge.Base;
        }
    }

    /// <summary>Memoizes the path (last element nearest the end), the last one at <paramref name="lastDepth"/>; returns the first.</summary>
    private LineageNode Settle(List<string> path, string? root, LineageStatus status, int lastDepth)
    {
        var depth = lastDepth;
        for (var i = path.Count - 1; i >= 0; i--)
        {
            _memo[path[i]] = new LineageNode(path[i], root, status, status is LineageStatus.Derived ? depth : 0);
            depth++;
        }

        return _memo[path[0]];
    }
}
