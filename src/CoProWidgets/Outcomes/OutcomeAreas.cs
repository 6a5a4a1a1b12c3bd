using CoProWidgets.GetInvolved;

namespace CoProWidgets.Outcomes;

/// <summary>The words for an outcome's areas, from <c>get-involved.md</c>; an id it does not name is shown as it is.</summary>
internal static class OutcomeAreas
{
    /// <summary>What the labels are read from (the parsed get-involved.md, or null): a widget's HTML is kept while it is the same.</summary>
    public static object? Source(GetInvolvedProvider getInvolved)
    {
        ArgumentNullException.ThrowIfNull(getInvolved);
        return getInvolved.Exists ? getInvolved.Get().Value : null;
    }

    public static IReadOnlyDictionary<string, string> Labels(GetInvolvedProvider getInvolved)
    {
        ArgumentNullException.ThrowIfNull(getInvolved);
        var areas = getInvolved.Exists ? getInvolved.Get().Value?.Areas : null;
        return areas?.ToDictionary(area => area.Id, area => area.Label, StringComparer.Ordinal) ?? new Dictionary<string, string>();
    }

    public static IReadOnlyList<string> Describe(IEnumerable<string> ids, IReadOnlyDictionary<string, string> labels) =>
        ids.Select(id => labels.GetValueOrDefault(id) ?? id).ToList();
}
