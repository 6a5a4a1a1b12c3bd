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

    private static StaffContentRow Row<T>(string path, ContentSnapshot<T> snapshot, IReadOnlyList<string> warnings)
        where T : class => new(
            path,
            snapshot.Error?.ToString(),
            snapshot.Error is null ? null : snapshot.Value is null ? "Visitors see nothing in its place." : "Visitors see the last good version.",
            warnings);
}

/// <summary>One content file in the staff workspace's content page.</summary>
/// <param name="File">Its path in the content folder.</param>
/// <param name="Error">What is wrong with it (file:line: message), or null when it is good.</param>
/// <param name="Served">What visitors see while it is broken.</param>
/// <param name="Warnings">The communication checklist's warnings (outcomes).</param>
public sealed record StaffContentRow(string File, string? Error, string? Served, IReadOnlyList<string> Warnings);
