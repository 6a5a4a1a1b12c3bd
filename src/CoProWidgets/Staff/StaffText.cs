using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// The words of the staff workspace's layout and of its people, quotes, outcomes, safeguarding and audit pages, in
/// <c>Resources/Staff/StaffText.resx</c> and its translations. Views ask for them with
/// <c>@inject IStringLocalizer&lt;StaffText&gt; T</c>; the services behind the pages take the same localizer.
/// </summary>
internal sealed class StaffText;

/// <summary>Lists in the words of <see cref="StaffText"/>.</summary>
internal static class StaffTextLists
{
    /// <summary>Items joined as the page's language writes a list (Urdu with its own comma).</summary>
    public static string List(this IStringLocalizer<StaffText> text, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(text["Common.ListSeparator"].Value, items);
    }
}
