using CoProWidgets.Rendering;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// Every content file's state for editors, widget by widget: good, or broken with the file:line error, and the
/// checklist's warnings.
/// </summary>
internal sealed class StaffContent(WidgetRegistry widgets, IStringLocalizer<StaffSurveysText> text)
{
    public IReadOnlyList<StaffContentRow> Files() =>
        [.. widgets.All.Select(widget => widget.Files).OfType<WidgetFiles>().SelectMany(files => files.Names().Select(name => Row(files, name)))];

    private StaffContentRow Row(WidgetFiles files, string? name)
    {
        var state = files.Check(name);
        return new(
            files.PathOf(name),
            state.Error?.ToLocalisedString(),
            state.Error is null ? null : text[state.HasGoodVersion ? "Content.Served.LastGood" : "Content.Served.Nothing"].Value,
            state.Warnings)
        {
            BrokenSince = state.BrokenSince,
        };
    }
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
