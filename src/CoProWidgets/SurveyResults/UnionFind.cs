namespace CoProWidgets.SurveyResults;

/// <summary>Which of a set of items are joined, directly or through others (path halving, union by size).</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = [.. Enumerable.Range(0, count)];
        _size = [.. Enumerable.Repeat(1, count)];
    }

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA == rootB)
        {
            return;
        }

        if (_size[rootA] < _size[rootB])
        {
            (rootA, rootB) = (rootB, rootA);
        }

        _parent[rootB] = rootA;
        _size[rootA] += _size[rootB];
    }
}
