using CoProWidgets.Rendering;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>A staff page's title, marked as an error while its form has problems (GOV.UK style: "Error: People who signed up").</summary>
internal static class StaffTitles
{
    public static string Of(IStringLocalizer<StaffText> text, string key, IReadOnlyCollection<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        string title = text[key];
        return errors.Count > 0 ? text["Common.ErrorTitle", title] : title;
    }
}
