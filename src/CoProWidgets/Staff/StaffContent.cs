using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Outcomes;
using CoProWidgets.Principles;
using CoProWidgets.Surveys;

namespace CoProWidgets.Staff;

/// <summary>Every content file's state for editors: good, or broken with the file:line error, and the checklist's warnings.</summary>
internal sealed class StaffContent(PrinciplesProvider principles, GetInvolvedProvider getInvolved, SurveyProvider surveys, OutcomeProvider outcomes)
{
    public IReadOnlyList<StaffContentRow> Files()
    {
        var rows = new List<StaffContentRow>();
        if (getInvolved.Exists)
        {
            rows.Add(Row(GetInvolvedContent.Path, getInvolved.Get(), []));
        }

        rows.AddRange(principles.Names().Select(name => Row(PrinciplesProvider.PathOf(name), principles.Get(name), [])));
        rows.AddRange(surveys.Names().Select(name => Row(SurveyProvider.PathOf(name), surveys.Get(name), [])));
        foreach (var name in outcomes.Names())
        {
            var snapshot = outcomes.Get(name);
            rows.Add(Row(OutcomeProvider.PathOf(name), snapshot, snapshot.Value?.Warnings ?? []));
        }

        return rows;
    }

    /// <summary>
    /// The file of a <paramref name="kind"/> named <paramref name="name"/> as parsed now: its error, if any, and the
    /// checklist's warnings. Inside a <see cref="ContentStore.Preview"/> scope for its path, the previewed text.
    /// </summary>
    public (ContentError? Error, IReadOnlyList<string> Warnings) Check(StaffPreviewKind kind, string name)
    {
        switch (kind)
        {
            case StaffPreviewKind.Principles:
                return (principles.Get(name).Error, []);
            case StaffPreviewKind.GetInvolved:
                return (getInvolved.Get().Error, []);
            case StaffPreviewKind.Survey:
                return (surveys.Get(name).Error, []);
            default:
                var outcome = outcomes.Get(name);
                return (outcome.Error, outcome.Value?.Warnings ?? []);
        }
    }

    /// <summary>Where a file of <paramref name="kind"/> named <paramref name="name"/> lives in the content folder.</summary>
    public static string PathOf(StaffPreviewKind kind, string name) => kind switch
    {
        StaffPreviewKind.Principles => PrinciplesProvider.PathOf(name),
        StaffPreviewKind.GetInvolved => GetInvolvedContent.Path,
        StaffPreviewKind.Survey => SurveyProvider.PathOf(name),
        _ => OutcomeProvider.PathOf(name),
    };

    private static StaffContentRow Row<T>(string path, ContentSnapshot<T> snapshot, IReadOnlyList<string> warnings)
        where T : class => new(
            path,
            snapshot.Error?.ToString(),
            snapshot.Error is null ? null : snapshot.Value is null ? "Visitors see nothing in its place." : "Visitors see the last good version.",
            warnings)
        {
            BrokenSince = snapshot.Error is null ? null : snapshot.BrokenSince,
        };
}

/// <summary>The kinds of content file a preview can show.</summary>
public enum StaffPreviewKind
{
    /// <summary>A principles panel, <c>principles/&lt;name&gt;.md</c>.</summary>
    Principles,

    /// <summary>The get-involved page, <c>get-involved.md</c>.</summary>
    GetInvolved,

    /// <summary>A survey, <c>surveys/&lt;name&gt;.md</c>.</summary>
    Survey,

    /// <summary>An outcome, <c>outcomes/&lt;name&gt;.md</c>.</summary>
    Outcome,
}

/// <summary>One content file in the staff workspace's content page.</summary>
/// <param name="File">Its path in the content folder.</param>
/// <param name="Error">What is wrong with it (file:line: message), or null when it is good.</param>
/// <param name="Served">What visitors see while it is broken.</param>
/// <param name="Warnings">The communication checklist's warnings (outcomes).</param>
public sealed record StaffContentRow(string File, string? Error, string? Served, IReadOnlyList<string> Warnings)
{
    /// <summary>When this server first saw the file broken (UTC), while it is.</summary>
    public DateTime? BrokenSince { get; init; }
}
